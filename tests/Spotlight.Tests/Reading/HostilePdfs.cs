using System.IO.Compression;
using System.Text;
using Spotlight.Reading;

namespace Spotlight.Tests.Reading;

/// <summary>
/// Small PDFs written by hand, each hostile in one way. There is no cross-reference table: lenient parsing
/// finds the objects by scanning, as it does in a damaged file.
/// </summary>
internal static class HostilePdfs
{
    private const string Font = "5 0 obj << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> endobj\n";

    /// <summary>A one-page document; <paramref name="pageEntries"/> and <paramref name="objects"/> fill in what the page is.</summary>
    public static byte[] Document(string pageEntries, params byte[][] objects)
    {
        var bytes = new MemoryStream();
        void Write(string s) => bytes.Write(Encoding.Latin1.GetBytes(s));
        Write("%PDF-1.4\n");
        Write("1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n");
        Write("2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n");
        Write($"3 0 obj << /Type /Page /Parent 2 0 R {pageEntries} >> endobj\n");
        Write(Font);
        foreach (var obj in objects)
            bytes.Write(obj);
        Write("trailer << /Size 200 /Root 1 0 R >>\n%%EOF\n");
        return bytes.ToArray();
    }

    public static byte[] Latin1(string s) => Encoding.Latin1.GetBytes(s);

    public static byte[] Stream(int number, string dictionary, byte[] data)
    {
        var bytes = new MemoryStream();
        bytes.Write(Latin1($"{number} 0 obj << {dictionary} /Length {data.Length} >>\nstream\n"));
        bytes.Write(data);
        bytes.Write(Latin1("\nendstream\nendobj\n"));
        return bytes.ToArray();
    }

    private const string Hello = "BT /F1 12 Tf 72 720 Td (Hello world) Tj ET";
    private const string PageBox = "/MediaBox [0 0 612 792]";
    private const string PageFont = "/Resources << /Font << /F1 5 0 R >> >>";

    /// <summary>A page whose <paramref name="key"/> (MediaBox, Resources or Contents) is object 4, and object 4 is a reference to itself.</summary>
    public static byte[] SelfReference(string key)
    {
        string entries = key switch
        {
            "MediaBox" => $"/MediaBox 4 0 R {PageFont} /Contents 6 0 R",
            "Resources" => $"{PageBox} /Resources 4 0 R /Contents 6 0 R",
            "Contents" => $"{PageBox} {PageFont} /Contents 4 0 R",
            _ => throw new ArgumentOutOfRangeException(nameof(key)),
        };
        return Document(entries, Latin1("4 0 obj 4 0 R endobj\n"), Stream(6, "", Latin1(Hello)));
    }

    /// <summary>A page whose MediaBox is object 4, which refers to object 5, which refers back to object 4.</summary>
    public static byte[] ReferenceLoop() =>
        Document($"/MediaBox 4 0 R {PageFont} /Contents 6 0 R", Latin1("4 0 obj 7 0 R endobj\n7 0 obj 4 0 R endobj\n"), Stream(6, "", Latin1(Hello)));

    /// <summary>The page tree's root has a second kid, a /Pages node whose only kid is the root again.</summary>
    public static byte[] PageTreeLoop()
    {
        var bytes = new MemoryStream();
        void Write(string s) => bytes.Write(Encoding.Latin1.GetBytes(s));
        Write("%PDF-1.4\n");
        Write("1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n");
        Write("2 0 obj << /Type /Pages /Kids [3 0 R 7 0 R] /Count 2 >> endobj\n");
        Write($"3 0 obj << /Type /Page /Parent 2 0 R {PageBox} {PageFont} /Contents 6 0 R >> endobj\n");
        Write(Font);
        bytes.Write(Stream(6, "", Latin1(Hello)));
        Write("7 0 obj << /Type /Pages /Parent 2 0 R /Kids [2 0 R] /Count 1 >> endobj\n");
        Write("trailer << /Size 200 /Root 1 0 R >>\n%%EOF\n");
        return bytes.ToArray();
    }

    /// <summary>
    /// Form XObjects <paramref name="depth"/> deep: the page draws the first <paramref name="fanOut"/> times,
    /// each draws the next as often, and the last shows a line of text.
    /// </summary>
    public static byte[] NestedForms(int depth, int fanOut = 10)
    {
        string Draws(int form) => string.Concat(Enumerable.Repeat($"q 1 0 0 1 0 0 cm /X{form} Do Q\n", fanOut));
        var objects = new List<byte[]> { Stream(6, "", Latin1(Draws(1))) };
        for (int level = 1; level <= depth; level++)
        {
            int number = 100 + level;
            string resources = level < depth
                ? $"/Resources << /XObject << /X{level + 1} {number + 1} 0 R >> >>"
                : "/Resources << /Font << /F1 5 0 R >> >>";
            string content = level < depth ? Draws(level + 1) : Hello;
            objects.Add(Stream(number, $"/Type /XObject /Subtype /Form /BBox [0 0 612 792] {resources}", Latin1(content)));
        }
        return Document($"{PageBox} /Resources << /Font << /F1 5 0 R >> /XObject << /X1 101 0 R >> >> /Contents 6 0 R", [.. objects]);
    }

    /// <summary>A Form XObject that draws itself.</summary>
    public static byte[] SelfDrawingForm() =>
        Document($"{PageBox} /Resources << /XObject << /X1 101 0 R >> >> /Contents 6 0 R",
            Stream(6, "", Latin1("/X1 Do")),
            Stream(101, "/Type /XObject /Subtype /Form /BBox [0 0 612 792] /Resources << /XObject << /X1 101 0 R >> >>", Latin1("/X1 Do")));

    /// <summary>A page of text whose content stream then inflates to <paramref name="zeros"/> zero bytes more.</summary>
    public static byte[] FlateBomb(int zeros)
    {
        var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            zlib.Write(Latin1(Hello + "\n"));
            var block = new byte[1 << 20];
            for (int left = zeros; left > 0; left -= block.Length)
                zlib.Write(block, 0, Math.Min(left, block.Length));
        }
        return Document($"{PageBox} {PageFont} /Contents 6 0 R", Stream(6, "/Filter /FlateDecode", compressed.ToArray()));
    }

    /// <summary>A page whose content stream shows <paramref name="count"/> words, one Tj each.</summary>
    public static byte[] ManyTj(int count)
    {
        var content = new StringBuilder("BT /F1 12 Tf 72 720 Td\n");
        for (int i = 0; i < count; i++)
            content.Append("(Spotlight) Tj\n");
        content.Append("ET");
        return Document($"{PageBox} {PageFont} /Contents 6 0 R", Stream(6, "", Latin1(content.ToString())));
    }

    /// <summary>A file of <paramref name="objects"/> alone, between the header and the trailer.</summary>
    public static byte[] Objects(params byte[][] objects)
    {
        var bytes = new MemoryStream();
        bytes.Write(Latin1("%PDF-1.4\n"));
        foreach (var obj in objects)
            bytes.Write(obj);
        bytes.Write(Latin1("trailer << /Size 200 /Root 1 0 R >>\n%%EOF\n"));
        return bytes.ToArray();
    }

    /// <summary>Why the pre-scan refuses <paramref name="pdf"/>, or null where it lets PdfPig read it.</summary>
    public static string? RefusalOf(byte[] pdf)
    {
        try
        {
            PdfPreScan.Check(pdf);
            return null;
        }
        catch (ReportReadException e)
        {
            return e.Message;
        }
    }

    /// <summary>Object <paramref name="number"/> written as <c>N 0 obj body endobj</c>.</summary>
    public static byte[] Object(int number, string body) => Latin1($"{number} 0 obj {body} endobj\n");

    /// <summary>A Form XObject with <paramref name="entries"/> (its resources, or none) drawing <paramref name="content"/>.</summary>
    public static byte[] Form(int number, string entries, string content) =>
        Stream(number, $"/Type /XObject /Subtype /Form /BBox [0 0 612 792] {entries}", Latin1(content));

    /// <summary><paramref name="data"/> compressed as a FlateDecode filter writes it (a zlib stream).</summary>
    public static byte[] Deflate(byte[] data)
    {
        var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.SmallestSize, leaveOpen: true))
            zlib.Write(data);
        return compressed.ToArray();
    }

    /// <summary>A well-formed one-page document, to show the scaffolding itself reads.</summary>
    public static byte[] Plain() => Document($"{PageBox} {PageFont} /Contents 6 0 R", Stream(6, "", Latin1(Hello)));
}
