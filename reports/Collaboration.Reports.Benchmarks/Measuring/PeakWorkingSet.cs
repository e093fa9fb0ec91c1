namespace Collaboration.Reports.Benchmarks.Measuring;

/// <summary>
/// Linux keeps a process's peak resident set (VmHWM, what <c>Process.PeakWorkingSet64</c> reads); writing "5" to
/// /proc/self/clear_refs sets it back to the current resident set, so a peak can be taken over one phase of a run.
/// </summary>
internal static class PeakWorkingSet
{
    public static bool Reset()
    {
        try
        {
            File.WriteAllText("/proc/self/clear_refs", "5");
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Elsewhere the peak stays the process's since its start: higher, never lower, than the writer's.
            return false;
        }
    }
}
