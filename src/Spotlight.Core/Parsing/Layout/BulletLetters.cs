namespace Spotlight.Parsing.Layout;

/// <summary>
/// Letters a PDF converter wrote in place of a symbol-font bullet: "n" for a square, "l" for a disc, "q",
/// "Ø", "§". A letter counts only where the document uses it so: at the start of lines, followed by a
/// space and a capital, or alone on a line above a line opening with a capital (a converter's line break after
/// the glyph), more than once. A word is never one letter of these, so no word is taken for one.
/// </summary>
internal readonly struct BulletLetters
{
    private const string Candidates = "nlqØ§";
    private readonly string? _letters;

    private BulletLetters(string letters) => _letters = letters;

    public static BulletLetters None => default;

    /// <summary>The candidates that open at least two lines of the blocks as bullets.</summary>
    public static BulletLetters In(IReadOnlyList<Block> blocks)
    {
        Span<int> counts = stackalloc int[Candidates.Length];
        for (int b = 0; b < blocks.Count; b++)
        {
            var block = blocks[b];
            for (int i = 0; i < block.LineCount; i++)
            {
                var line = block.LineSpan(i);
                if (Opening(line) is int index and >= 0)
                    counts[index]++;
                else if (Alone(line) is int alone and >= 0 && LineAfter(blocks, b, i) is { Length: > 0 } next && OpensText(next[0]))
                    counts[alone]++;
            }
        }
        var used = new System.Text.StringBuilder();
        for (int i = 0; i < Candidates.Length; i++)
        {
            if (counts[i] >= 2)
                used.Append(Candidates[i]);
        }
        return used.Length == 0 ? None : new BulletLetters(used.ToString());
    }

    public bool IsEmpty => string.IsNullOrEmpty(_letters);

    /// <summary>Whether the line opens with one of this document's bullet letters; the text starts after it and its space.</summary>
    public bool TryMatch(ReadOnlySpan<char> line, out char letter, out int textStart)
    {
        letter = '\0';
        textStart = 0;
        if (IsEmpty)
            return false;
        int indent = line.Length - line.TrimStart().Length;
        int index = Opening(line[indent..]);
        if (index < 0 || !_letters!.Contains(Candidates[index]))
            return false;
        letter = Candidates[index];
        textStart = indent + 1;
        while (textStart < line.Length && char.IsWhiteSpace(line[textStart]))
            textStart++;
        return true;
    }

    /// <summary>The line after line i of block b: the block's next line, or the next block's first; empty at the end.</summary>
    private static ReadOnlySpan<char> LineAfter(IReadOnlyList<Block> blocks, int b, int i) =>
        i + 1 < blocks[b].LineCount ? blocks[b].LineSpan(i + 1) : b + 1 < blocks.Count ? blocks[b + 1].LineSpan(0) : [];

    /// <summary>Whether a trimmed line is one of this document's bullet letters and nothing else.</summary>
    public bool IsAlone(ReadOnlySpan<char> line, out char letter)
    {
        letter = '\0';
        if (IsEmpty || Alone(line) is not (int index and >= 0) || !_letters!.Contains(Candidates[index]))
            return false;
        letter = Candidates[index];
        return true;
    }

    /// <summary>The candidate a trimmed line is alone, or -1.</summary>
    private static int Alone(ReadOnlySpan<char> line) => line.Length == 1 ? Candidates.IndexOf(line[0]) : -1;

    private static bool OpensText(char c) => char.IsUpper(c) || c is '"' or '“' or '‘';

    /// <summary>The candidate a trimmed line opens with as a bullet ("n The …"), or -1.</summary>
    private static int Opening(ReadOnlySpan<char> line)
    {
        if (line.Length < 3 || line[1] != ' ')
            return -1;
        int index = Candidates.IndexOf(line[0]);
        if (index < 0)
            return -1;
        int next = 2;
        while (next < line.Length && line[next] == ' ')
            next++;
        return next < line.Length && OpensText(line[next]) ? index : -1;
    }
}
