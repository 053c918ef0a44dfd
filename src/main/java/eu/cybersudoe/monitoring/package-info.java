/**
 * Monitoring and evaluation (MON): the indicator catalogue with its global and per-partner
 * targets (reference data from {@code reference/monitoring/indicators.yml}), and the
 * dashboard of values measured by the {@link eu.cybersudoe.monitoring.IndicatorSource}
 * beans other modules provide, the semester editions, and the progress reports
 * ({@link eu.cybersudoe.monitoring.ProgressReports}) completed by the
 * {@link eu.cybersudoe.monitoring.ReportSection} beans other modules provide.
 * <p>
 * The module depends only on {@code shared} and {@code network}: it finds its sources as
 * beans, never by naming the module that measures. The API is
 * {@link eu.cybersudoe.monitoring.Monitoring}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Monitoring", allowedDependencies = {"shared", "network"})
package eu.cybersudoe.monitoring;
