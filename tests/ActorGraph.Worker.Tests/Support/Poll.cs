namespace ActorGraph.Worker.Tests.Support;

/// <summary>Bounded waits on the file system or store: check, pause briefly, check again, give up at the bound.</summary>
internal static class Poll
{
    private static readonly TimeSpan Pause = TimeSpan.FromMilliseconds(50);

    public static async Task UntilAsync(Func<bool> condition, TimeSpan bound, Func<string> describe, TimeSpan? pause = null)
    {
        var giveUp = DateTime.UtcNow + bound;
        while (!condition())
        {
            if (DateTime.UtcNow > giveUp)
            {
                throw new TimeoutException($"Still waiting after {bound.TotalSeconds} s: {describe()}");
            }

            await Task.Delay(pause ?? Pause);
        }
    }
}
