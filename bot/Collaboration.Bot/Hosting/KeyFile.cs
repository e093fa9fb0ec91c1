namespace Collaboration.Bot.Hosting;

/// <summary>A secret in a file that only its owner may read (0600 in a 0700 folder on Unix; Windows keeps the user's ACLs).</summary>
internal static class KeyFile
{
    private const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite;
    private const UnixFileMode OwnerOnlyFolder = OwnerOnly | UnixFileMode.UserExecute;
    private const UnixFileMode OthersMask = UnixFileMode.GroupRead | UnixFileMode.GroupWrite | UnixFileMode.GroupExecute
        | UnixFileMode.OtherRead | UnixFileMode.OtherWrite | UnixFileMode.OtherExecute;

    /// <summary>The file's bytes, or null when there is no file. A file others may read is narrowed to its owner first.</summary>
    public static byte[]? TryRead(string path) => TryRead(path, out _);

    /// <param name="stillOpen">The file stays readable by others: it could not be narrowed (a read-only mount, another owner).</param>
    public static byte[]? TryRead(string path, out bool stillOpen)
    {
        stillOpen = false;
        if (!File.Exists(path))
        {
            return null;
        }

        if (!OperatingSystem.IsWindows() && (File.GetUnixFileMode(path) & OthersMask) != 0)
        {
            try
            {
                File.SetUnixFileMode(path, OwnerOnly);
            }
            catch (Exception e) when (e is UnauthorizedAccessException or IOException)
            {
                // Handled by the caller: the key still works, and the host logs a warning that names the file.
                stillOpen = true;
            }
        }

        return File.ReadAllBytes(path);
    }

    /// <summary>Writes a new file with owner-only permissions from the first byte on; false when the file exists already.</summary>
    public static bool TryCreate(string path, byte[] content)
    {
        var folder = Path.GetDirectoryName(path)!;
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(folder);
        }
        else if (!Directory.Exists(folder))
        {
            Directory.CreateDirectory(folder, OwnerOnlyFolder);
        }

        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = OwnerOnly;
        }

        try
        {
            using var stream = new FileStream(path, options);
            stream.Write(content);
            stream.Flush(flushToDisk: true);
            return true;
        }
        catch (IOException) when (File.Exists(path))
        {
            return false;
        }
    }
}
