using Spotlight.Model;
using Spotlight.Text;
using Spotlight.Vocabulary;

namespace Spotlight.Extraction;

/// <summary>Every source an item or a caption cites: citations in parentheses, then names in running text.</summary>
public sealed class SourceExtractor
{
    private readonly CitationParser _citations;
    private readonly InlineSourceFinder _inline;

    /// <summary>Sources as the profile's outlet table, media words and month names tell them.</summary>
    public SourceExtractor(SeriesProfile profile)
    {
        _citations = new CitationParser(profile.Outlets, profile.MediaWords, profile.Months);
        _inline = new InlineSourceFinder(profile.Outlets, profile.MediaWords);
    }

    /// <param name="dates">The dates already found in <paramref name="text"/>; citations pair sources with them.</param>
    /// <param name="isCaption">A caption cites its source in its last parenthesis, or in a "Source:" tail.</param>
    public List<SourceMention> Extract(string text, IReadOnlyList<DateMention> dates, bool isCaption, out bool emptySource)
    {
        emptySource = false;
        var parentheses = Parentheses.Find(text);
        var claims = new TextClaims(text.Length);
        var found = new List<SourceMention>();

        var cited = isCaption ? parentheses.TakeLast(1) : parentheses;
        foreach (var parenthesis in cited)
        {
            var mentions = _citations.Parse(text, parenthesis, dates, out bool empty);
            emptySource |= empty;
            foreach (var mention in mentions)
            {
                if (claims.TryClaim(mention.Span))
                    found.Add(mention);
            }
        }
        if (isCaption && found.Count == 0)
        {
            foreach (var tail in _citations.ParseSourceTail(text, parentheses, dates))
            {
                if (claims.TryClaim(tail.Span))
                    found.Add(tail);
            }
        }

        found.AddRange(_inline.Find(text, parentheses, dates, claims));
        found.Sort((a, b) => a.Start.CompareTo(b.Start));
        return found;
    }
}
