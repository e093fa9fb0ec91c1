namespace Collaboration.GraphSync.Hosting;

internal static class GraphLimits
{
    /// <summary>Upload session chunks other than the last must be multiples of 320 KiB, or Graph rejects them.</summary>
    public const int ChunkMultiple = 320 * 1024;
}
