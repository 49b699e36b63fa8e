export function AppHeader() {
  return (
    <header className="app-header">
      <div className="app-header__inner">
        <h1 className="app-header__title">Aid to Ukraine: who pledged what</h1>
        <p className="app-header__lede">
          Pledges by donor, instrument and time, NATO PURL packages and the Kiel Ukraine Support
          Tracker: every figure sourced, joint packages counted once, original currencies kept.
        </p>
      </div>
    </header>
  );
}
