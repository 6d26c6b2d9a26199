using Spotlight.Vocabulary;

namespace Spotlight.Parsing;

/// <summary>
/// Joins text broken across a line or a page. A hyphen at the break is kept where it joins a
/// compound ("Iranian-" + "backed") and dropped where it split one word ("coun-" + "try"),
/// judged first by the words of the document itself, then by the embedded word list.
/// </summary>
internal sealed class LineJoiner(string documentText, WordList wordList)
{
    /// <summary>Joins two pieces of text at a break: by a space, or across a hyphen as <see cref="Append"/> judges it.</summary>
    public string Join(string left, string right)
    {
        var text = new System.Text.StringBuilder(left, left.Length + right.Length + 1);
        Append(text, right);
        return text.ToString();
    }

    /// <summary>
    /// <see cref="Join"/> onto a text being built, in time that does not grow with the text: only the word
    /// at the break decides, so only it is looked at.
    /// </summary>
    public void Append(System.Text.StringBuilder text, string right)
    {
        int end = text.Length;
        while (end > 0 && char.IsWhiteSpace(text[end - 1]))
            end--;
        text.Length = end;
        var rest = right.AsSpan().TrimStart();
        if (end == 0 || rest.IsEmpty || text[end - 1] != '-')
        {
            // No hyphen at the break: the words are joined by a space, and nothing needs a string of its own.
            if (end > 0 && !rest.IsEmpty)
                text.Append(' ');
            text.Append(rest);
            return;
        }
        // The letters just before the hyphen and just after the break decide; a word is short, so only it is read.
        int word = end - 1;
        while (word > 0 && end - 1 - word < 256 && char.IsLetter(text[word - 1]))
            word--;
        int after = 0;
        while (after < rest.Length && char.IsLetter(rest[after]))
            after++;
        if (word == end - 1 || after == 0)
        {
            text.Append(' ').Append(rest);
            return;
        }
        if (!KeepsHyphen(text.ToString(word, end - 1 - word), rest[..after].ToString()))
            text.Length = end - 1;
        text.Append(rest);
    }

    private bool KeepsHyphen(string a, string b)
    {
        if (ContainsWord(a + "-" + b)) return true;
        if (ContainsWord(a + b)) return false;
        // A capital after the hyphen is a name or a proper adjective: pro-Iranian, Kazemi-Qomi.
        if (char.IsUpper(b[0])) return true;
        if (wordList.Contains(a + b)) return false;
        // Two words on their own, or a proper adjective before the hyphen (Iranian-led): a compound.
        return char.IsUpper(a[0]) || (IsWord(a) && IsWord(b));
    }

    private bool IsWord(string s) => s.Length < 4 || wordList.Contains(s);

    /// <summary>
    /// Whether the document writes <paramref name="word"/> as a whole word elsewhere. Breaks are rare, so the
    /// text is searched when one needs deciding rather than indexed up front.
    /// </summary>
    private bool ContainsWord(string word)
    {
        // A text with many breaks is indexed once, so that the time stays linear in its length.
        if (++_searches > SearchesBeforeIndex)
        {
            _words ??= WordsOf(documentText);
            return _words.Contains(word) || _words.Contains(FlipFirstCase(word));
        }
        return ContainsWordAsWritten(word) || ContainsWordAsWritten(FlipFirstCase(word));
    }

    private const int SearchesBeforeIndex = 32;
    private int _searches;
    private HashSet<string>? _words;

    /// <summary>Every whole word of the text, as <see cref="ContainsWordAsWritten"/> delimits words.</summary>
    private static HashSet<string> WordsOf(string text)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        int start = -1;
        for (int i = 0; i <= text.Length; i++)
        {
            bool inWord = i < text.Length && IsWordChar(text[i]);
            if (inWord && start < 0)
                start = i;
            else if (!inWord && start >= 0)
            {
                words.Add(text[start..i]);
                start = -1;
            }
        }
        return words;
    }

    // An ordinal search is vectorised where a case-insensitive one is not; the document writes a word
    // as it stands or with a capital at the start of a sentence, so those two spellings are searched.
    private static string FlipFirstCase(string word) =>
        char.IsUpper(word[0]) ? char.ToLowerInvariant(word[0]) + word[1..] : char.ToUpperInvariant(word[0]) + word[1..];

    private bool ContainsWordAsWritten(string word)
    {
        for (int at = documentText.IndexOf(word, StringComparison.Ordinal); at >= 0;
             at = documentText.IndexOf(word, at + 1, StringComparison.Ordinal))
        {
            int end = at + word.Length;
            bool startsWord = at == 0 || !IsWordChar(documentText[at - 1]);
            bool endsWord = end == documentText.Length || !IsWordChar(documentText[end]);
            if (startsWord && endsWord)
                return true;
        }
        return false;
    }

    private static bool IsWordChar(char c) => char.IsLetter(c) || c is '-' or '\'' or '’';
}
