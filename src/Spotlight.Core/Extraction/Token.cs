namespace Spotlight.Extraction;

/// <summary>A word or a punctuation mark of a node's text, with where it stands.</summary>
internal readonly record struct Token(int Start, int Length, bool IsWord)
{
    public int End => Start + Length;

    public string Text(string source) => source.Substring(Start, Length);

    public ReadOnlySpan<char> Span(string source) => source.AsSpan(Start, Length);

    [ThreadStatic]
    private static List<Token>? _reused;

    /// <summary>
    /// Splits part of a text into words (letters, digits, @, _, inner hyphens and apostrophes) and single
    /// marks, positions counted from the start of the text. The list is the thread's own and is reused by
    /// the next call: use it before splitting again.
    /// </summary>
    public static List<Token> Split(string text, int from, int to)
    {
        var tokens = _reused ??= new List<Token>(1024);
        tokens.Clear();
        int i = from;
        while (i < to)
        {
            char c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }
            if (!IsWordStart(c))
            {
                tokens.Add(new Token(i, 1, false));
                i++;
                continue;
            }
            int start = i++;
            while (i < to && (IsWordStart(text[i]) || (IsJoiner(text[i]) && i + 1 < to && IsWordStart(text[i + 1]))))
                i++;
            tokens.Add(new Token(start, i - start, true));
        }
        return tokens;
    }

    private static bool IsWordStart(char c) => char.IsLetterOrDigit(c) || c is '@' or '_';

    private static bool IsJoiner(char c) => c is '-' or '\'' or '’' or '.';
}
