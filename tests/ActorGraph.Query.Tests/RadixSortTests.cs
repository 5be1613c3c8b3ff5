namespace ActorGraph.Query.Tests;

public sealed class RadixSortTests
{
    [Theory]
    [InlineData(0, 10L)]
    [InlineData(1, 10L)]
    [InlineData(1000, 7L)]
    [InlineData(5000, 1L << 14)]
    [InlineData(5000, 1L << 40)]
    [InlineData(20000, long.MaxValue)]
    public void Sorts_as_a_stable_comparison_sort_does(int count, long bound)
    {
        var random = new Random(count);
        var keys = Enumerable.Range(0, count).Select(_ => random.NextInt64(bound)).ToArray();
        var items = Enumerable.Range(0, count).ToArray();
        // Stable: among equal keys the items, which start out ascending, stay ascending.
        var expected = keys.Zip(items).OrderBy(p => p.First).ThenBy(p => p.Second).ToArray();

        RadixSort.Sort(keys, items, bound);

        Assert.Equal(expected.Select(p => p.First), keys);
        Assert.Equal(expected.Select(p => p.Second), items);
    }

    [Fact]
    public void Keys_and_items_of_different_lengths_are_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => RadixSort.Sort([1, 2], [0], 10));
    }
}
