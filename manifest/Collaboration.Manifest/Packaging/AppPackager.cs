using System.IO.Compression;
using System.Text;
using Collaboration.Manifest.Validation;

namespace Collaboration.Manifest.Packaging;

/// <summary>
/// Fills the manifest template, checks the result against the official schemas and Teams' rules, and writes the
/// app package: manifest.json, the icons and the localisation files at the zip's root, nothing else.
/// </summary>
internal sealed class AppPackager(ManifestSource source, SchemaValidator validator)
{
    // A fixed entry time makes two packages of the same input byte-identical, so a rebuilt zip shows no change.
    private static readonly DateTimeOffset EntryTime = new(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);

    // Teams' upload has refused manifests that start with a byte order mark; plain UTF-8 is what it documents.
    private static readonly UTF8Encoding NoBom = new(encoderShouldEmitUTF8Identifier: false);

    public async Task<IReadOnlyList<string>> PackAsync(PackageSettings settings, string outputPath, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        settings = settings with { Host = PublicHost.Parse(settings.Host) };
        var template = JsonNode.Parse(await File.ReadAllTextAsync(source.TemplatePath, cancellationToken))
            ?? throw new PackagingRefusedException($"{source.TemplatePath} is empty");
        var manifest = ManifestTemplate.Fill(template, settings.Placeholders);

        var staging = Directory.CreateTempSubdirectory("teams-app-");
        try
        {
            var files = await StageAsync(manifest, settings, staging.FullName, cancellationToken);
            var localisations = files.Where(f => f.EndsWith(".json", StringComparison.OrdinalIgnoreCase) && f != ManifestSource.TemplateFileName);
            var schemaProblems = await validator.ValidateAsync(
                Path.Combine(staging.FullName, ManifestSource.TemplateFileName),
                localisations.Select(f => Path.Combine(staging.FullName, f)),
                cancellationToken);
            if (schemaProblems.Count > 0)
            {
                throw new PackagingRefusedException("it does not validate against the official Teams app manifest schema", schemaProblems);
            }

            WriteZip(staging.FullName, files, outputPath);
            return files;
        }
        finally
        {
            staging.Delete(recursive: true);
        }
    }

    /// <summary>Writes what goes into the zip to <paramref name="directory"/> after checking Teams' rules.</summary>
    private async Task<IReadOnlyList<string>> StageAsync(JsonNode manifest, PackageSettings settings, string directory, CancellationToken cancellationToken)
    {
        var problems = new List<string>();
        problems.AddRange(ManifestTemplate.Unfilled(manifest).Select(p => $"manifest.json: placeholder left unfilled at {p}"));
        problems.AddRange(TeamsRules.CheckManifest(manifest, settings.Host));
        problems.AddRange(TabRules.CheckTabs(manifest));
        problems.AddRange(TabRules.CheckSingleSignOn(manifest));
        problems.AddRange(AddinRules.CheckExtension(manifest));

        var files = new List<string> { ManifestSource.TemplateFileName };
        await File.WriteAllTextAsync(Path.Combine(directory, ManifestSource.TemplateFileName), ManifestTemplate.Serialize(manifest), NoBom, cancellationToken);

        foreach (var language in manifest["localizationInfo"]?["additionalLanguages"]?.AsArray() ?? [])
        {
            var name = language?["file"]?.GetValue<string>();
            if (name is null || !File.Exists(Path.Combine(source.AppDirectory, name)))
            {
                problems.Add($"localisation file \"{name}\" named in localizationInfo is missing from {source.AppDirectory}");
                continue;
            }

            var localisation = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(source.AppDirectory, name), cancellationToken))?.AsObject()
                ?? throw new PackagingRefusedException($"{name} is empty");
            var filled = ManifestTemplate.Fill(localisation, settings.Placeholders);
            problems.AddRange(ManifestTemplate.Unfilled(filled).Select(p => $"{name}: placeholder left unfilled at {p}"));
            problems.AddRange(TeamsRules.CheckLocalisation(name, filled.AsObject(), manifest));
            await File.WriteAllTextAsync(Path.Combine(directory, name), ManifestTemplate.Serialize(filled), NoBom, cancellationToken);
            files.Add(name);
        }

        foreach (var (key, check) in new (string, Func<string, PngImage, IEnumerable<string>>)[]
                 {
                     ("color", TeamsRules.CheckColorIcon),
                     ("outline", TeamsRules.CheckOutlineIcon),
                 })
        {
            var name = manifest["icons"]?[key]?.GetValue<string>();
            var path = name is null ? null : Path.Combine(source.AppDirectory, name);
            if (path is null || !File.Exists(path))
            {
                problems.Add($"icons.{key} \"{name}\" is missing from {source.AppDirectory} (dotnet run --project manifest/Collaboration.Manifest -- icons draws it)");
                continue;
            }

            await using (var stream = File.OpenRead(path))
            {
                try
                {
                    problems.AddRange(check(name!, PngCodec.Read(stream)));
                }
                catch (InvalidDataException e)
                {
                    problems.Add($"{name}: {e.Message}");
                }
            }

            File.Copy(path, Path.Combine(directory, name!));
            files.Add(name!);
        }

        if (problems.Count > 0)
        {
            throw new PackagingRefusedException("it breaks Teams' rules", problems);
        }

        return files;
    }

    private static void WriteZip(string directory, IEnumerable<string> files, string outputPath)
    {
        var target = Path.GetFullPath(outputPath);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);

        // Written beside the target and moved over it, so a failure never leaves half a package under the real name.
        var partial = target + ".partial";
        using (var zip = ZipFile.Open(partial, ZipArchiveMode.Create))
        {
            foreach (var file in files)
            {
                var entry = zip.CreateEntry(file, CompressionLevel.Optimal);
                entry.LastWriteTime = EntryTime;
                using var input = File.OpenRead(Path.Combine(directory, file));
                using var stream = entry.Open();
                input.CopyTo(stream);
            }
        }

        File.Move(partial, target, overwrite: true);
    }
}
