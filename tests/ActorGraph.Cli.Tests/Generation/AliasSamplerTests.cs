using ActorGraph.Cli.Generation;

namespace ActorGraph.Cli.Tests.Generation;

public sealed class AliasSamplerTests
{
    [Fact]
    public void Draws_follow_the_weights()
    {
        var sampler = new AliasSampler([1, 2, 0, 7]);
        var random = new SeededRandom(5);
        var counts = new int[4];
        const int draws = 100_000;
        for (var i = 0; i < draws; i++)
        {
            counts[sampler.Next(random)]++;
        }

        Assert.InRange(counts[0] / (double)draws, 0.09, 0.11);
        Assert.InRange(counts[1] / (double)draws, 0.19, 0.21);
        Assert.Equal(0, counts[2]);
        Assert.InRange(counts[3] / (double)draws, 0.69, 0.71);
    }

    [Fact]
    public void Rejects_weights_that_sum_to_nothing()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new AliasSampler([0, 0]));
        Assert.Throws<ArgumentOutOfRangeException>(() => new AliasSampler([1, -1]));
    }
}
