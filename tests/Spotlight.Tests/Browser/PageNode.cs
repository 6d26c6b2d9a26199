using System.Text.Json;
using Microsoft.Playwright;

namespace Spotlight.Tests.Browser;

/// <summary>
/// An item (<c>li.item</c>) or figure of a page as the browser shows it: its id, the text a reader sees, and its marks
/// grouped by the mention they name (<c>data-mention</c>: a mention split around another is one mention), each told
/// in the words of <see cref="TreeNode"/>. The pieces of a mention that disagree on a value show both, so they differ.
/// </summary>
internal sealed record PageNode(string Id, string Text, IReadOnlyList<string> Dates, IReadOnlyList<string> Sources)
{
    private const string Script = """
        () => {
          const attribute = (mark, name) => mark.getAttribute(name) ?? '-';
          const mentions = (node, selector, describe) => {
            const named = new Map();
            for (const mark of node.querySelectorAll(selector)) {
              const mention = named.get(mark.dataset.mention) ?? { values: new Set(), text: '' };
              mention.values.add(describe(mark));
              mention.text += mark.textContent;
              named.set(mark.dataset.mention, mention);
            }
            return [...named.values()].map(mention => [...mention.values].join(' | ') + ' «' + mention.text + '»');
          };
          return JSON.stringify([...document.querySelectorAll('li.item, figure')].map(node => {
            const body = node.querySelector(':scope > p.text, :scope > figcaption').cloneNode(true);
            body.querySelectorAll('.where').forEach(where => where.remove());
            return {
              id: node.id,
              text: body.textContent,
              dates: mentions(node, 'time.date', mark => ['datetime', 'data-granularity', 'data-modifier'].map(name => attribute(mark, name))
                .concat(mark.getAttribute('data-relative') === 'true' ? 'relative' : '-').join(' ')),
              sources: mentions(node, 'cite.source', mark => ['data-kind', 'data-outlet', 'data-platform', 'data-date'].map(name => attribute(mark, name)).join(' ')),
            };
          }));
        }
        """;

    public static async Task<IReadOnlyList<PageNode>> AllOnAsync(IPage page)
    {
        using var document = JsonDocument.Parse(await page.EvaluateAsync<string>(Script));
        return [.. document.RootElement.EnumerateArray().Select(node => new PageNode(
            node.GetProperty("id").GetString()!,
            node.GetProperty("text").GetString()!,
            Strings(node.GetProperty("dates")),
            Strings(node.GetProperty("sources"))))];
    }

    private static List<string> Strings(JsonElement array) =>
        [.. array.EnumerateArray().Select(value => value.GetString()!).Order(StringComparer.Ordinal)];
}
