namespace Collaboration.Reports.Benchmarks;

/// <summary>
/// What one run of the benchmark measures: runs per tool, the simulated series' sizes by participants (deck, report
/// and both JavaScript peers), one more series sized to about <see cref="OpenAnswers"/> open answers for the report
/// (0 leaves it out), whether docx is tried on that one too, and a folder to keep the exports and stores in.
/// </summary>
internal sealed record BenchmarkSettings(int Runs, IReadOnlyList<int> Participants, int OpenAnswers, bool DocxOnOpenAnswers, DirectoryInfo? Keep);
