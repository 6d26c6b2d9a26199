using System.Text;
using System.Text.RegularExpressions;
using CsCheck;

namespace Spotlight.Tests.Properties;

/// <summary>
/// One edit to the lines of a report, as a person or a converter might make it. Positions are any
/// non-negative numbers, taken modulo what the text has when the edit is made, so every edit applies to
/// every text, and a case shrinks towards the first line.
/// </summary>
internal abstract partial record Mutation
{
    public abstract void Apply(List<string> lines);

    public sealed record DeleteLine(int At) : Mutation
    {
        public override void Apply(List<string> lines)
        {
            if (lines.Count > 1)
                lines.RemoveAt(At % lines.Count);
        }
    }

    public sealed record DuplicateLine(int At) : Mutation
    {
        public override void Apply(List<string> lines) => lines.Insert(At % lines.Count, lines[At % lines.Count]);
    }

    public sealed record SwapLines(int First, int Second) : Mutation
    {
        public override void Apply(List<string> lines)
        {
            int a = First % lines.Count, b = Second % lines.Count;
            (lines[a], lines[b]) = (lines[b], lines[a]);
        }
    }

    public sealed record AddBlankLine(int At) : Mutation
    {
        public override void Apply(List<string> lines) => lines.Insert(At % (lines.Count + 1), "");
    }

    /// <summary>Removes the n-th blank line, if there is one.</summary>
    public sealed record RemoveBlankLine(int Nth) : Mutation
    {
        public override void Apply(List<string> lines)
        {
            var blanks = Enumerable.Range(0, lines.Count).Where(i => string.IsNullOrWhiteSpace(lines[i])).ToList();
            if (blanks.Count > 0)
                lines.RemoveAt(blanks[Nth % blanks.Count]);
        }
    }

    /// <summary>Writes the n-th line that is not blank with another bullet glyph (or none) in front of it.</summary>
    public sealed record ChangeGlyph(int Nth, string Glyph) : Mutation
    {
        public override void Apply(List<string> lines)
        {
            var texts = Enumerable.Range(0, lines.Count).Where(i => !string.IsNullOrWhiteSpace(lines[i])).ToList();
            if (texts.Count == 0)
                return;
            int at = texts[Nth % texts.Count];
            lines[at] = Glyph + LeadingGlyph().Replace(lines[at], "", 1);
        }

        public override string ToString() => $"ChangeGlyph {{ Nth = {Nth}, Glyph = {PropertyCheck.Literal(Glyph)} }}";
    }

    /// <summary>A place in a line for any drawn number, never between the halves of a surrogate pair.</summary>
    private static int ColumnIn(string line, int drawn)
    {
        int column = drawn % (line.Length + 1);
        return column > 0 && column < line.Length && char.IsLowSurrogate(line[column]) ? column - 1 : column;
    }

    /// <summary>Inserts text inside a line (never between the halves of a surrogate pair).</summary>
    public sealed record InsertText(int Line, int Column, string Text) : Mutation
    {
        public override void Apply(List<string> lines)
        {
            int at = Line % lines.Count;
            string line = lines[at];
            int column = ColumnIn(line, Column);
            lines[at] = line.Insert(column, Text);
        }

        public override string ToString() => $"InsertText {{ Line = {Line}, Column = {Column}, Text = {PropertyCheck.Literal(Text)} }}";
    }

    /// <summary>Breaks a line in two, as a page break in the middle of a paragraph does.</summary>
    public sealed record SplitLine(int Line, int Column, int Blanks) : Mutation
    {
        public override void Apply(List<string> lines)
        {
            int at = Line % lines.Count;
            string line = lines[at];
            int column = ColumnIn(line, Column);
            lines[at] = line[..column];
            lines.InsertRange(at + 1, Enumerable.Repeat("", Blanks).Append(line[column..]));
        }
    }

    [GeneratedRegex(@"^\s*(?:[►▶•▪*\-]|\d+\.)\s*")]
    private static partial Regex LeadingGlyph();

    public static readonly string[] Glyphs = ["► ", "►", "• ", "- ", "* ", "1. ", "2.", "▪ ", "- ▶ ", ""];

    private static readonly Gen<int> Position = Gen.Int[0, 100_000];

    private static readonly Gen<string> InsertedText = Gen.Frequency(
        (4, Gen.OneOf(InputGen.OddCharacters)),
        (2, Gen.Char[' ', '~'].Select(c => c.ToString())),
        (1, Gen.Int[1, 0x10FFFF].Where(c => c is < 0xD800 or > 0xDFFF).Select(char.ConvertFromUtf32)),
        (1, Gen.OneOf(InputGen.OddCharacters).Array[2, 6].Select(string.Concat)));

    public static readonly Gen<Mutation> Any = Gen.OneOf<Mutation>(
        Position.Select(p => (Mutation)new DeleteLine(p)),
        Position.Select(p => (Mutation)new DuplicateLine(p)),
        Gen.Select(Position, Position, (a, b) => (Mutation)new SwapLines(a, b)),
        Position.Select(p => (Mutation)new AddBlankLine(p)),
        Position.Select(p => (Mutation)new RemoveBlankLine(p)),
        Gen.Select(Position, Gen.OneOf(Glyphs), (p, g) => (Mutation)new ChangeGlyph(p, g)),
        Gen.Select(Position, Position, InsertedText, (l, c, t) => (Mutation)new InsertText(l, c, t)),
        Gen.Select(Position, Position, Gen.Int[0, 3], (l, c, b) => (Mutation)new SplitLine(l, c, b)));
}

/// <summary>A report text after a few edits, with its line ends written as LF or as CRLF.</summary>
internal sealed record Mutant(string Name, string Original, Mutation[] Edits, bool Crlf)
{
    public string Text { get; } = Build(Original, Edits, Crlf);

    /// <summary>The mutants of a text: one to eight edits, CRLF line ends one time in four.</summary>
    public static Gen<Mutant> Of(string name, string original) =>
        Gen.Select(Mutation.Any.Array[1, 8], Gen.Frequency((3, false), (1, true)), (edits, crlf) => new Mutant(name, original, edits, crlf));

    private static string Build(string original, Mutation[] edits, bool crlf)
    {
        var lines = original.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        foreach (var edit in edits)
            edit.Apply(lines);
        return string.Join(crlf ? "\r\n" : "\n", lines);
    }

    /// <summary>Whether the text holds nothing to read: only white space, after a byte order mark.</summary>
    public bool IsBlank => ReportTextGen.IsBlank(Text);

    public override string ToString()
    {
        var text = new StringBuilder($"{Name}{(Crlf ? " with CRLF" : "")}, edits:");
        foreach (var edit in Edits)
            text.Append("\n  ").Append(edit);
        return text.ToString();
    }
}
