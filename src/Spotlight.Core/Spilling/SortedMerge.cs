namespace Spotlight.Spilling;

/// <summary>Merges sorted sequences into one sorted sequence, holding one item of each at a time.</summary>
internal static class SortedMerge
{
    public static IEnumerable<T> Of<T>(IReadOnlyList<IEnumerable<T>> sources, IComparer<T> order)
    {
        var readers = new List<IEnumerator<T>>(sources.Count);
        try
        {
            var heads = new PriorityQueue<int, T>(sources.Count, order);
            foreach (var source in sources)
            {
                var reader = source.GetEnumerator();
                readers.Add(reader);
                if (reader.MoveNext())
                    heads.Enqueue(readers.Count - 1, reader.Current);
            }
            while (heads.TryDequeue(out int index, out var item))
            {
                yield return item;
                var reader = readers[index];
                if (reader.MoveNext())
                    heads.Enqueue(index, reader.Current);
            }
        }
        finally
        {
            foreach (var reader in readers)
                reader.Dispose();
        }
    }
}
