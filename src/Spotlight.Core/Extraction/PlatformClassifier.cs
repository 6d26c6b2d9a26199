using System.Text.RegularExpressions;
using Spotlight.Model;

namespace Spotlight.Extraction;

/// <summary>Says on which platform a cited source stands, where the citation shows it.</summary>
internal static partial class PlatformClassifier
{
    [GeneratedRegex(@"\b[\w-]+\.(?:ir|com|net|org|info|news|tv|me|co|io|lb|iq|sy|ye|af|ps|ru)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Domain();

    // One vectorised search for every platform word, instead of a case-insensitive scan for each.
    private static readonly System.Buffers.SearchValues<string> PlatformWords =
        System.Buffers.SearchValues.Create(["telegram", "instagram", "youtube", "twitter", "tweet", "website"], StringComparison.OrdinalIgnoreCase);

    public static SourcePlatform? Of(string name)
    {
        if (name.AsSpan().IndexOfAny(PlatformWords) >= 0)
        {
            if (Contains(name, "telegram")) return SourcePlatform.Telegram;
            if (Contains(name, "instagram")) return SourcePlatform.Instagram;
            if (Contains(name, "youtube")) return SourcePlatform.YouTube;
            if (Contains(name, "twitter") || Contains(name, "tweet")) return SourcePlatform.Twitter;
        }
        // A handle (@name, or a single word holding an underscore) is a social account; in this series, Twitter.
        if (IsHandle(name)) return SourcePlatform.Twitter;
        if (IsWebsite(name) || Contains(name, "website")) return SourcePlatform.Website;
        return null;
    }

    /// <summary>Whether a name holds a platform's word ("Telegram channel of …", "website of …") or a domain.</summary>
    public static bool NamesPlatform(ReadOnlySpan<char> name) => name.IndexOfAny(PlatformWords) >= 0 || IsWebsite(name);

    /// <summary>A name written as a domain: "Seraj24.ir", "8news.ir".</summary>
    public static bool IsWebsite(ReadOnlySpan<char> name) => Domain().IsMatch(name);

    /// <summary>A social-media handle: "@dyaakaddor", or one word holding an underscore ("ammar_sakkar").</summary>
    public static bool IsHandle(ReadOnlySpan<char> name) => name.StartsWith('@') || (name.Contains('_') && !name.Contains(' '));

    private static bool Contains(string name, string word) => name.Contains(word, StringComparison.OrdinalIgnoreCase);
}
