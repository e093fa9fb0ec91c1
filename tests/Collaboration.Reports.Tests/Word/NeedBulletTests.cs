using Collaboration.Reports.Theming;
using Collaboration.Reports.Word;

namespace Collaboration.Reports.Tests.Word;

/// <summary>
/// A need's line in the needs chapter is written from its parts (the report writes 100,000 of them) and must be the
/// markup the whole "• text (label: count)" string gave: line breaks, right-to-left text and characters XML cannot
/// hold included.
/// </summary>
public sealed class NeedBulletTests
{
    [Theory]
    [InlineData("Gemeinsames Rechenzentrum statt eigener Serverräume")]
    [InlineData("Erste Zeile\r\nzweite Zeile\ndritte Zeile")]
    [InlineData("שירות דיגיטלי לכל הרשויות")]
    [InlineData("123 – ohne Buchstaben am Anfang")]
    [InlineData("Steuerzeichen \u0001 und \u202Eumgekehrt\uD800 entfernt")]
    [InlineData("Endet mit Umbruch\n")]
    public void A_need_written_from_its_parts_is_the_paragraph_of_the_whole_string(string need)
    {
        var whole = Body(body => body.Text($"• {need} (Unterstützung: 12)"));
        var parts = Body(body => body.Bullet(need, "Unterstützung", "12"));

        Assert.Equal(whole, parts);
        using var document = WordprocessingDocument.Open(new MemoryStream(parts), false);
        OfficeValidation.AssertValid(document);
    }

    private static byte[] Body(Action<WordBody> write)
    {
        using var document = new StreamedWordDocument();
        document.Xml.StartDocument();
        write(new WordBody(document.Main, document.Xml, ReportTheme.Default, "de-DE"));
        document.Xml.End();
        document.Xml.End();
        return document.Finish();
    }
}
