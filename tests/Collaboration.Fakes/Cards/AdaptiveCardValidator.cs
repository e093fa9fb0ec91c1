using System.ComponentModel;
using System.Text;
using System.Text.Json.Nodes;

namespace Collaboration.Fakes.Cards;

/// <summary>
/// Validates card JSON with Microsoft's Adaptive Cards JS SDK (tests/card-validator/validate.js). All cards of a
/// call go through one node process, because starting node costs far more than parsing a card.
/// </summary>
/// <remarks>
/// A machine without node or npm fails these tests with the command that installs them, instead of skipping:
/// a skipped validator would let a card that Teams rejects pass the build.
/// </remarks>
public static class AdaptiveCardValidator
{
    private const string InstallHint = "Install Node.js and npm with: apt-get install -y nodejs npm";

    // npm ci runs once per test process whichever test gets here first; the install is not tied to that
    // test's cancellation, since the other tests wait on the same installation.
    private static readonly Lazy<Task> NodeModulesReady =
        new(() => Task.Run(EnsureNodeModulesAsync), LazyThreadSafetyMode.ExecutionAndPublication);

    private static string ValidatorDirectory => Path.Combine(RepositoryRoot.Find(), "tests", "card-validator");

    /// <summary>Validates one card; returns its problems, empty when the card is valid.</summary>
    public static Task<IReadOnlyList<string>> ValidateAsync(string cardJson, CancellationToken cancellationToken = default) =>
        ValidateAsync([cardJson], cancellationToken);

    /// <summary>
    /// Validates the cards; returns every problem of every card as "card N (origin): [phase/event] type: message",
    /// empty when all are valid.
    /// </summary>
    public static async Task<IReadOnlyList<string>> ValidateAsync(IEnumerable<string> cardJsons, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(cardJsons);
        var cards = new JsonArray();
        foreach (var json in cardJsons)
        {
            cards.Add(JsonNode.Parse(json));
        }

        await NodeModulesReady.Value.WaitAsync(cancellationToken);
        var run = await RunAsync("node", ["validate.js"], cards.ToJsonString(), cancellationToken);
        return run.ExitCode switch
        {
            0 or 1 => ReadProblems(run.StandardOutput),
            _ => throw new InvalidOperationException(
                $"validate.js failed with exit code {run.ExitCode}.{Environment.NewLine}{run.StandardOutput}{Environment.NewLine}{run.StandardError}"),
        };
    }

    /// <summary>
    /// Checks that hostile text forms no Markdown, mention or entity in the fields Teams renders as Markdown
    /// (tests/card-validator/markdown-check.js): each pair is one factory call rendered with plain words and with
    /// hostile text in every user/template field. Returns the problems, empty when none.
    /// </summary>
    public static async Task<IReadOnlyList<string>> CheckMarkdownAsync(
        IEnumerable<(string Name, string BenignJson, string HostileJson)> pairs, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        var list = new JsonArray();
        foreach (var (name, benign, hostile) in pairs)
        {
            list.Add(new JsonObject { ["name"] = name, ["benign"] = JsonNode.Parse(benign), ["hostile"] = JsonNode.Parse(hostile) });
        }

        await NodeModulesReady.Value.WaitAsync(cancellationToken);
        var run = await RunAsync("node", ["markdown-check.js"], list.ToJsonString(), cancellationToken);
        if (run.ExitCode is not (0 or 1))
        {
            throw new InvalidOperationException(
                $"markdown-check.js failed with exit code {run.ExitCode}.{Environment.NewLine}{run.StandardOutput}{Environment.NewLine}{run.StandardError}");
        }

        using var report = JsonDocument.Parse(run.StandardOutput);
        return [.. report.RootElement.GetProperty("problems").EnumerateArray().Select(p => p.GetString() ?? string.Empty)];
    }

    private static List<string> ReadProblems(string report)
    {
        using var document = JsonDocument.Parse(report);
        var problems = new List<string>();
        foreach (var card in document.RootElement.GetProperty("cards").EnumerateArray())
        {
            var index = card.GetProperty("index").GetInt32();
            var origin = card.GetProperty("origin").GetString();
            foreach (var issue in card.GetProperty("issues").EnumerateArray())
            {
                var source = issue.GetProperty("source").ValueKind == JsonValueKind.String
                    ? issue.GetProperty("source").GetString() + ": "
                    : string.Empty;
                problems.Add(string.Create(
                    CultureInfo.InvariantCulture,
                    $"card {index} ({origin}): [{issue.GetProperty("phase").GetString()}/{issue.GetProperty("event").GetString()}] {source}{issue.GetProperty("message").GetString()}"));
            }
        }

        return problems;
    }

    private static async Task EnsureNodeModulesAsync()
    {
        var directory = ValidatorDirectory;
        var sdk = Path.Combine(directory, "node_modules", "adaptivecards", "dist", "adaptivecards.js");

        // Both packages of package.json: a node_modules installed before markdown-it joined is installed again.
        bool Installed() => File.Exists(sdk) && File.Exists(Path.Combine(directory, "node_modules", "markdown-it", "package.json"));
        if (Installed())
        {
            await RequireToolAsync("node");
            return;
        }

        await RequireToolAsync("node");
        await RequireToolAsync("npm");

        // Another test process (a second test project run in parallel) may install at the same moment; npm ci
        // deletes node_modules first, so the installs are serialised through a lock file.
        using var installLock = await AcquireLockAsync(Path.Combine(directory, ".install.lock"));
        if (Installed())
        {
            return;
        }

        var install = await RunAsync("npm", ["ci", "--no-audit", "--no-fund"], standardInput: null, CancellationToken.None);
        if (install.ExitCode != 0 || !Installed())
        {
            throw new InvalidOperationException(
                $"npm ci in {directory} failed with exit code {install.ExitCode}.{Environment.NewLine}{install.StandardOutput}{Environment.NewLine}{install.StandardError}");
        }
    }

    private static async Task<FileStream> AcquireLockAsync(string path)
    {
        var deadline = DateTime.UtcNow.AddMinutes(5);
        while (true)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose);
            }
            catch (IOException) when (DateTime.UtcNow < deadline)
            {
                // Held by the other installer: wait for it rather than install twice.
                await Task.Delay(TimeSpan.FromMilliseconds(250));
            }
        }
    }

    private static async Task RequireToolAsync(string tool)
    {
        try
        {
            var run = await RunAsync(tool, ["--version"], standardInput: null, CancellationToken.None);
            if (run.ExitCode != 0)
            {
                throw new InvalidOperationException($"'{tool} --version' failed with exit code {run.ExitCode}. {InstallHint}");
            }
        }
        catch (Win32Exception e)
        {
            throw new InvalidOperationException($"'{tool}' was not found on PATH; the Adaptive Card validator needs it. {InstallHint}", e);
        }
    }

    private static async Task<ProcessResult> RunAsync(string fileName, IEnumerable<string> arguments, string? standardInput, CancellationToken cancellationToken)
    {
        var startInfo = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = ValidatorDirectory,
            RedirectStandardInput = standardInput is not null,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        using var process = Process.Start(startInfo)
            ?? throw new InvalidOperationException($"'{fileName}' could not be started. {InstallHint}");
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        if (standardInput is not null)
        {
            // Without a BOM: node's JSON.parse rejects one.
            var bytes = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(standardInput);
            await process.StandardInput.BaseStream.WriteAsync(bytes, cancellationToken);
            process.StandardInput.Close();
        }

        try
        {
            await process.WaitForExitAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        return new ProcessResult(process.ExitCode, await output, await error);
    }

    private sealed record ProcessResult(int ExitCode, string StandardOutput, string StandardError);
}
