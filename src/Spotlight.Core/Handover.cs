namespace Spotlight;

/// <summary>Hands the items of a list on one at a time, each let go as it is given, so that a stage never holds both a list and its results.</summary>
internal static class Handover
{
    public static IEnumerable<T> Each<T>(List<T> items) where T : class
    {
        for (int i = 0; i < items.Count; i++)
        {
            var item = items[i];
            items[i] = null!;
            yield return item;
        }
        items.Clear();
    }
}
