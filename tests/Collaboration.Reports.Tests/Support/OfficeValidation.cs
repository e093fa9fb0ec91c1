using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;

namespace Collaboration.Reports.Tests.Support;

/// <summary>Reopens a written document and runs the Open XML SDK's validator over every part.</summary>
internal static class OfficeValidation
{
    public static void AssertValid(OpenXmlPackage package)
    {
        var errors = new OpenXmlValidator(FileFormatVersions.Office2019).Validate(package)
            .Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}")
            .ToList();
        Assert.True(errors.Count == 0, $"{errors.Count} validation errors:\n{string.Join("\n", errors.Take(30))}");
    }
}
