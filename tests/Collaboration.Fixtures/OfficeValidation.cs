using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using Xunit;

namespace Collaboration.Fixtures;

/// <summary>
/// Runs the Open XML SDK's validator over every part of a written document (report, deck, archive, add-in
/// download). Office 2019's schema, because the reports library's charts use parts newer than the default's.
/// </summary>
public static class OfficeValidation
{
    public static void AssertValid(OpenXmlPackage package)
    {
        var errors = new OpenXmlValidator(FileFormatVersions.Office2019).Validate(package)
            .Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}")
            .ToList();
        Assert.True(errors.Count == 0, $"{errors.Count} validation errors:\n{string.Join("\n", errors.Take(30))}");
    }
}
