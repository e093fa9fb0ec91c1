using System.IO.Compression;
using System.Text;
using System.Xml;

namespace Collaboration.Reports.Word;

/// <summary>
/// A Word package whose main document is written as a stream of XML, so that memory does not grow with the report's
/// length. The small parts (styles, header, charts...) go through the SDK as before. The body is written with an
/// <see cref="WordXml"/> into a deflated buffer beside the package, not into the main part: System.IO.Packaging
/// keeps every part it writes uncompressed in memory until the package closes (13 MiB of body for 10,000 participants,
/// ten times that for 100,000 open answers). <see cref="Finish"/> puts the body into the main part's place while the
/// package is rewritten deterministically.
/// </summary>
internal sealed class StreamedWordDocument : IDisposable
{
    private const string MainPartEntry = "word/document.xml";

    private readonly MemoryStream _package = new();
    private readonly ChunkedBuffer _body = new();
    private readonly DeflateStream _deflate;
    private readonly XmlWriter _writer;
    private bool _finished;

    public StreamedWordDocument()
    {
        Package = WordprocessingDocument.Create(_package, WordprocessingDocumentType.Document);
        Main = Package.AddMainDocumentPart();
        _deflate = new DeflateStream(_body, CompressionLevel.Fastest, leaveOpen: true);
        // The settings the SDK's part writer uses, so the body's bytes are the ones it wrote.
        _writer = XmlWriter.Create(_deflate, new XmlWriterSettings { CloseOutput = false, Encoding = new UTF8Encoding(false) });
        _writer.WriteStartDocument();
        Xml = new WordXml(_writer);
    }

    public WordprocessingDocument Package { get; }

    public MainDocumentPart Main { get; }

    /// <summary>The main document's XML, from the XML declaration on; the caller starts with <see cref="WordXml.StartDocument"/>.</summary>
    public WordXml Xml { get; }

    /// <summary>Closes the package and returns it, deterministic, with the streamed body as its main document.</summary>
    public byte[] Finish()
    {
        using var package = FinishBuffered();
        return package.ToArray();
    }

    /// <summary>
    /// As <see cref="Finish"/>, the package in a buffer positioned at its start, for the caller to copy to where it
    /// goes without another copy of it in memory (the report's package is 1.6 MB at 100,000 answers).
    /// </summary>
    public MemoryStream FinishBuffered()
    {
        ObjectDisposedException.ThrowIf(_finished, this);
        _finished = true;
        _writer.Close();
        _deflate.Dispose();
        Package.Dispose();
        _body.Position = 0;
        using var inflated = new DeflateStream(_body, CompressionMode.Decompress, leaveOpen: true);
        // The body is re-deflated as it was (a little smaller): its deflated size plus the other parts is a close
        // first size for the finished package.
        return DeterministicZip.Normalised(_package.ToArray(), MainPartEntry, inflated, (int)(_package.Length + _body.Length));
    }

    public void Dispose()
    {
        if (!_finished)
        {
            _finished = true;
            _writer.Dispose();
            _deflate.Dispose();
            Package.Dispose();
        }

        _body.Dispose();
        _package.Dispose();
    }
}
