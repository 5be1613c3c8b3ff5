using ActorGraph.Cli.Generation;

namespace ActorGraph.Cli.Tests.Generation;

public sealed class KeySetTests
{
    [Fact]
    public void Adding_a_key_twice_is_refused_even_after_growing()
    {
        var set = new KeySet(4);
        for (long key = 0; key < 10_000; key += 3)
        {
            Assert.True(set.Add(key << 20));
        }

        for (long key = 0; key < 10_000; key += 3)
        {
            Assert.False(set.Add(key << 20));
        }

        Assert.Equal(3334, set.Count);
    }
}
