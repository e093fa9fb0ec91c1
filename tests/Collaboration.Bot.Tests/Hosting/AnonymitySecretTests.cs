using Collaboration.Bot.Hosting;

namespace Collaboration.Bot.Tests.Hosting;

/// <summary>Where the anonymity key comes from when nothing is configured, and how an old installation's key moves there.</summary>
public sealed class AnonymitySecretTests : IDisposable
{
    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("anonymity-secret-");

    private string ContentRoot => Path.Combine(_root.FullName, "app");

    private string UserConfig => Path.Combine(_root.FullName, "config");

    private string LegacyFile => Path.Combine(ContentRoot, "data", "anonymity.key");

    [Fact]
    public void Without_settings_the_key_is_made_in_the_users_configuration_folder_not_in_the_data_folder()
    {
        var loaded = AnonymitySecret.Load(new BotOptions(), sharedDatabase: false, ContentRoot, UserConfig);

        var expected = Path.Combine(UserConfig, "collaboration", "anonymity.key");
        Assert.Equal(expected, loaded.CreatedFile);
        Assert.Equal(loaded.Value, File.ReadAllBytes(expected));
        Assert.False(Directory.Exists(Path.Combine(ContentRoot, "data")));
    }

    [Fact]
    public void A_second_start_reads_the_key_it_made_at_the_first()
    {
        var first = AnonymitySecret.Load(new BotOptions(), sharedDatabase: false, ContentRoot, UserConfig);

        var second = AnonymitySecret.Load(new BotOptions(), sharedDatabase: false, ContentRoot, UserConfig);

        Assert.Equal(first.Value, second.Value);
        Assert.Null(second.CreatedFile);
    }

    [Fact]
    public void An_old_key_in_the_data_folder_is_moved_to_the_users_configuration_folder_owner_only()
    {
        var old = Enumerable.Range(1, 32).Select(i => (byte)i).ToArray();
        Directory.CreateDirectory(Path.GetDirectoryName(LegacyFile)!);
        File.WriteAllBytes(LegacyFile, old);

        var loaded = AnonymitySecret.Load(new BotOptions(), sharedDatabase: false, ContentRoot, UserConfig);

        Assert.Equal(old, loaded.Value);
        Assert.Null(loaded.CreatedFile);
        Assert.False(File.Exists(LegacyFile));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(AnonymitySecret.DefaultFile(UserConfig)));
        }
    }

    [Fact]
    public void A_key_file_others_may_read_is_narrowed_to_its_owner()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var path = Path.Combine(_root.FullName, "given.key");
        File.WriteAllBytes(path, new byte[32]);
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead);

        AnonymitySecret.Load(new BotOptions { AnonymityKeyFile = path }, sharedDatabase: false, ContentRoot, UserConfig);

        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
    }

    [Theory]
    [InlineData("not base64!")]
    [InlineData("AAAA")]
    public void A_configured_secret_that_is_not_32_bytes_of_base64_stops_the_start_naming_the_setting(string secret)
    {
        var failure = Assert.Throws<InvalidOperationException>(() =>
            AnonymitySecret.Load(new BotOptions { AnonymitySecret = secret }, sharedDatabase: false, ContentRoot, UserConfig));

        Assert.Contains("Bot:AnonymitySecret", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_shared_database_without_a_configured_key_is_refused()
    {
        var failure = Assert.Throws<InvalidOperationException>(() =>
            AnonymitySecret.Load(new BotOptions(), sharedDatabase: true, ContentRoot, UserConfig));

        Assert.Contains("Bot:AnonymityKeyFile", failure.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(UserConfig));
    }

    public void Dispose() => _root.Delete(recursive: true);
}
