// Command-line options of the benchmark (pure: parsed from argv, no side effects).

export const USAGE = `usage: node scripts/bench.mjs [options]
  --quick          fewer runs for development (2 + 4 cold loads, 3 filter changes per configuration)
  --runs N         cold loads per target at normal speed for the baseline comparison (default 5)
  --slow-runs N    cold loads per target with the CPU slowed 4x (default 10; the goal needs 10)
  --changes N      filter changes per interaction configuration (default 6)
  --no-build       measure the existing dist/ and dist-baseline/ instead of building
  --path /?q       page of the app for the baseline comparison (default /)
  --no-profile     skip the CPU profile of the slowest filter change
  --profile-rows R profile this data instead of the slowest: real, 10000 or 100000
  --strict         exit with status 1 when a goal fails`;

const DEFAULTS = { runs: 5, slowRuns: 10, changes: 6 };
const QUICK = { runs: 2, slowRuns: 4, changes: 3 };

function positiveInteger(name, value) {
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1) {
    throw new Error(`${name} needs a positive integer, got "${value ?? ''}"`);
  }
  return number;
}

/**
 * Parse the benchmark's arguments. `--quick` sets smaller defaults; explicit `--runs` and
 * `--changes` win over it whatever the order.
 */
export function parseBenchArgs(argv) {
  const options = {
    quick: false,
    runs: undefined,
    slowRuns: undefined,
    changes: undefined,
    build: true,
    appPath: '/',
    profile: true,
    profileRows: null,
    strict: false,
    help: false,
  };
  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index];
    if (arg === '--quick') options.quick = true;
    else if (arg === '--no-build') options.build = false;
    else if (arg === '--no-profile') options.profile = false;
    else if (arg === '--strict') options.strict = true;
    else if (arg === '--help' || arg === '-h') options.help = true;
    else if (arg === '--runs') options.runs = positiveInteger('--runs', argv[(index += 1)]);
    else if (arg === '--slow-runs')
      options.slowRuns = positiveInteger('--slow-runs', argv[(index += 1)]);
    else if (arg === '--changes')
      options.changes = positiveInteger('--changes', argv[(index += 1)]);
    else if (arg === '--profile-rows') {
      const value = argv[(index += 1)];
      if (value === 'real') options.profileRows = 'real';
      else options.profileRows = positiveInteger('--profile-rows', value);
    } else if (arg === '--path') {
      const value = argv[(index += 1)];
      if (!value?.startsWith('/'))
        throw new Error(`--path needs a path starting with /, got "${value ?? ''}"`);
      options.appPath = value;
    } else throw new Error(`unknown argument ${arg}\n${USAGE}`);
  }
  const defaults = options.quick ? QUICK : DEFAULTS;
  return {
    ...options,
    runs: options.runs ?? defaults.runs,
    slowRuns: options.slowRuns ?? defaults.slowRuns,
    changes: options.changes ?? defaults.changes,
  };
}
