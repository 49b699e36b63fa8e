// The public surface of the eu-options feature: what other features and src/app use.
// Anything not exported here is internal (eslint: local/feature-boundaries).
export { EU_OPTIONS_URL, euOptionsQueries, useEuOptions } from './api/eu-options-queries';
export { euOptionsSchema, type EuOptionsData, type Guarantee } from './api/eu-options-schema';
export { GUARANTEE_COLOUR, SELECTED_COLOUR } from './components/guarantees-chart';
export { PlanComparisonSection } from './components/plan-comparison-section';
export { ScenarioCalculatorSection } from './components/scenario-calculator-section';
export {
  CALCULATOR_PARAMS,
  readCalculatorState,
  type CalculatorParam,
  type CalculatorState,
} from './model/calculator-state';
export { gdpTableFromKiel, type GdpTable } from './model/gdp-key';
export { computeScenario, type ScenarioInputs, type ScenarioResult } from './model/scenario';
