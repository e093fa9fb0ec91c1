namespace Collaboration.Reports.Benchmarks.Measuring;

/// <summary>One tool on one series: median wall time, bytes allocated per run, the process's peak working set, the output's size.</summary>
internal sealed record Measurement(string Series, string Tool, int Runs, double MedianMs, double MinMs, long AllocatedBytes, long PeakWorkingSetBytes, long OutputBytes);
