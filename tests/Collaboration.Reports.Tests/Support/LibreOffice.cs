using System.Diagnostics;

namespace Collaboration.Reports.Tests.Support;

/// <summary>
/// Converts a document to PDF with a real office suite, the check that the files open outside the SDK's own reading.
/// Missing LibreOffice fails the test with the install command: a skipped check would let broken files through.
/// </summary>
internal static class LibreOffice
{
    private const string Install = "apt-get install -y libreoffice-impress libreoffice-writer poppler-utils (or run scripts/ensure-tools.sh)";

    public static string ConvertToPdf(byte[] document, string extension, string outputFolder)
    {
        var soffice = Find() ?? throw new InvalidOperationException($"LibreOffice (soffice) is not installed. Install it: {Install}");
        Directory.CreateDirectory(outputFolder);
        var input = Path.Combine(outputFolder, "document." + extension);
        File.WriteAllBytes(input, document);

        // A profile of its own per conversion: parallel test classes must not share (and lock) one.
        var profile = Path.Combine(outputFolder, "profile");
        var start = new ProcessStartInfo(soffice)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            ArgumentList = { $"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf", "--outdir", outputFolder, input },
        };
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("LibreOffice did not finish converting within 3 minutes.");
        }

        var pdf = Path.Combine(outputFolder, "document.pdf");
        Assert.True(process.ExitCode == 0 && File.Exists(pdf) && new FileInfo(pdf).Length > 1000,
            $"LibreOffice failed (exit {process.ExitCode}): {stdout.Result} {stderr.Result}");
        return pdf;
    }

    public static int PageCount(string pdf)
    {
        var start = new ProcessStartInfo("pdfinfo") { RedirectStandardOutput = true, ArgumentList = { pdf } };
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"pdfinfo is missing. Install it: {Install}");
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        var line = output.Split('\n').FirstOrDefault(l => l.StartsWith("Pages:", StringComparison.Ordinal));
        return line is null ? 0 : int.Parse(line["Pages:".Length..].Trim(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static readonly string[] Candidates = ["/usr/bin/soffice", "/usr/lib/libreoffice/program/soffice", "/opt/libreoffice/program/soffice"];

    private static string? Find() => Candidates.FirstOrDefault(File.Exists);
}
