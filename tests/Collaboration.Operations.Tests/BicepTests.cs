using System.Text.Json.Nodes;

namespace Collaboration.Operations.Tests;

/// <summary>
/// infra/: the templates compile to ARM JSON and pass Bicep's linter without a single warning, and the example
/// parameters file fits main.bicep. Offline: the CLI's resource types are built in.
/// </summary>
public sealed class BicepTests : IDisposable
{
    private static readonly string Infra = Path.Combine(RepositoryRoot.Find(), "infra");

    private readonly string _output = Directory.CreateTempSubdirectory("collaboration-bicep-").FullName;

    public void Dispose() => Directory.Delete(_output, recursive: true);

    [Fact]
    public async Task Main_template_builds_without_a_diagnostic()
    {
        var run = await BicepCli.RunAsync("build", Path.Combine(Infra, "main.bicep"), "--outdir", _output);

        Assert.True(run.Succeeded && run.Output.Trim().Length == 0, run.Output);
        var arm = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(_output, "main.json")))!;
        Assert.NotNull(arm["outputs"]?["botHost"]);
        Assert.NotNull(arm["outputs"]?["graphSyncClientId"]);
    }

    [Fact]
    public async Task Linter_finds_nothing_to_warn_about_in_any_template_or_parameters_file()
    {
        // One run over every .bicep and .bicepparam file under infra/, so that a new module cannot escape the linter.
        var run = await BicepCli.RunAsync("lint", "--pattern", Path.Combine(Infra, "**", "*.bicep*"));

        // bicep lint exits 0 on warnings; warnings count as errors here, so any diagnostic fails.
        Assert.True(run.Succeeded && run.Output.Trim().Length == 0, run.Output);
    }

    [Fact]
    public async Task Linter_reports_a_template_with_an_unused_parameter()
    {
        // The check above must be able to fail: a parameter nobody uses is a warning, not an error, in Bicep.
        var template = Path.Combine(_output, "unused.bicep");
        await File.WriteAllTextAsync(template, "param unusedName string\n");

        var run = await BicepCli.RunAsync("lint", template);

        Assert.Contains("no-unused-params", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Example_parameters_fit_the_template_and_carry_no_secret()
    {
        var parameters = Path.Combine(_output, "main.parameters.json");
        var run = await BicepCli.RunAsync("build-params", Path.Combine(Infra, "main.bicepparam"), "--outfile", parameters);
        Assert.True(run.Succeeded && run.Output.Trim().Length == 0, run.Output);

        // The secrets come from the environment at deployment time: the placeholders, never a value from the file.
        var values = JsonNode.Parse(await File.ReadAllTextAsync(parameters))!["parameters"]!.AsObject();
        Assert.Equal("placeholder-password", values["botAppPassword"]!["value"]!.GetValue<string>());
        Assert.Equal("placeholder-password", values["databaseAdministratorPassword"]!["value"]!.GetValue<string>());
        Assert.Equal("lk-musterkreis-forum", values["name"]!["value"]!.GetValue<string>());
    }
}
