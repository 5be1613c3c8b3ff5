namespace ActorGraph.Worker.Tests.Support;

/// <summary>A clock the test moves by hand; timers still run on the system clock.</summary>
internal sealed class ManualClock(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset _now = start;

    public static ManualClock Now() => new(DateTimeOffset.UtcNow);

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;
}
