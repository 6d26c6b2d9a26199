using System.Text;

namespace Spotlight.Vocabulary;

/// <summary>Stable ids made from headings: lower case, words joined by hyphens.</summary>
public static class Slug
{
    public static string Of(string text)
    {
        var slug = new StringBuilder(text.Length);
        bool pendingHyphen = false;
        foreach (char c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                if (pendingHyphen && slug.Length > 0)
                    slug.Append('-');
                pendingHyphen = false;
                slug.Append(char.ToLowerInvariant(c));
            }
            else if (c is not ('\'' or '’'))
            {
                pendingHyphen = true;
            }
        }
        return slug.Length == 0 ? "section" : slug.ToString();
    }
}
