namespace Spotlight.Fuzz;

/// <summary>The bytes of a recipe, read as small choices; past the end every choice is the first.</summary>
internal sealed class Recipe(byte[] bytes)
{
    private int _at;

    public bool AtEnd => _at >= bytes.Length;

    public int Next() => _at < bytes.Length ? bytes[_at++] : 0;

    /// <summary>A number from 0 to <paramref name="count"/> - 1.</summary>
    public int Pick(int count) => Next() % count;

    public T Pick<T>(IReadOnlyList<T> choices) => choices[Pick(choices.Count)];

    public bool Flip() => (Next() & 1) == 1;
}
