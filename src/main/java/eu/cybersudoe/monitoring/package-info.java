/**
 * Monitoring and evaluation (MON): the indicator catalogue with its global and per-partner
 * targets (reference data from {@code reference/monitoring/indicators.yml}), the dashboard of
 * values measured by the {@link eu.cybersudoe.monitoring.IndicatorSource} beans other modules
 * provide, semester editions, hand-entered indicators, forecasts
 * ({@link eu.cybersudoe.monitoring.Forecasts}) and alerts ({@link eu.cybersudoe.monitoring.Alerts})
 * raised daily from the {@link eu.cybersudoe.monitoring.AlertSource} beans and mailed weekly, and the
 * progress reports ({@link eu.cybersudoe.monitoring.ProgressReports}) completed by the
 * {@link eu.cybersudoe.monitoring.ReportSection} beans other modules provide.
 * <p>
 * The module depends only on {@code shared}, {@code network} and {@code accounts} (to find the
 * people a digest is mailed to): it finds its sources as beans, never by naming the module that
 * measures. The API is {@link eu.cybersudoe.monitoring.Monitoring}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Monitoring", allowedDependencies = {"shared", "network", "accounts"})
package eu.cybersudoe.monitoring;
