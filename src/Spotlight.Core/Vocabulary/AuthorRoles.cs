using Spotlight.Model;

namespace Spotlight.Vocabulary;

/// <summary>The words that open an author line and the role each gives (Data/author-roles.tsv for the built-ins).</summary>
public sealed class AuthorRoles
{
    /// <summary>The kinds a profile file names roles by: the tree's values of <c>role</c>.</summary>
    public static readonly IReadOnlyList<string> Kinds = ["author", "editor"];

    private readonly AuthorRoleWord[] _words;

    public AuthorRoles(IEnumerable<AuthorRoleWord> words) =>
        // Longest first, so that "Authors" wins over "Author" and "Edited by" is not read as "Editor" cut short.
        _words = words.DistinctBy(w => w.Word, StringComparer.OrdinalIgnoreCase).OrderByDescending(w => w.Word.Length).ToArray();

    public AuthorRoles With(IEnumerable<AuthorRoleWord> words) => new(words.Concat(_words));

    public static AuthorRole RoleOf(string kind) => kind == "editor" ? AuthorRole.Editor : AuthorRole.Author;

    /// <summary>
    /// The role word a line opens with and the names after it ("Editor: Jane Roe" gives Editor and "Jane Roe").
    /// <paramref name="namesOnly"/> says the caller must check that the rest is nothing but names.
    /// </summary>
    public bool TryMatch(string line, out AuthorRole role, out string names, out bool namesOnly)
    {
        foreach (var word in _words)
        {
            if (!line.StartsWith(word.Word, StringComparison.OrdinalIgnoreCase))
                continue;
            int at = word.Word.Length;
            // "Authority" opens no author line.
            if (at < line.Length && char.IsLetter(line[at]))
                continue;
            if (word.NamesOnly)
            {
                if (at >= line.Length || !char.IsWhiteSpace(line[at]))
                    continue;
            }
            else
            {
                while (at < line.Length && char.IsWhiteSpace(line[at]))
                    at++;
                if (at < line.Length && line[at] == ':')
                    at++;
            }
            string rest = line[at..].Trim();
            if (rest.Length == 0)
                continue;
            (role, names, namesOnly) = (word.Role, rest, word.NamesOnly);
            return true;
        }
        (role, names, namesOnly) = (AuthorRole.Author, "", false);
        return false;
    }
}

/// <param name="NamesOnly">The word opens sentences too: only a line of names after it is an author line.</param>
public sealed record AuthorRoleWord(string Word, AuthorRole Role, bool NamesOnly = false);
