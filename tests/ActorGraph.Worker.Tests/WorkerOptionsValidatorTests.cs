namespace ActorGraph.Worker.Tests;

public sealed class WorkerOptionsValidatorTests
{
    private readonly WorkerOptionsValidator _validator = new();

    [Fact]
    public void The_defaults_are_valid() => Assert.True(_validator.Validate(null, new WorkerOptions()).Succeeded);

    [Fact]
    public void Each_failure_names_the_setting_its_range_and_the_value_found()
    {
        var options = new WorkerOptions { BatchSize = 0, SettleTime = TimeSpan.FromDays(2), WorkerId = "a/b", Store = "" };

        var failures = _validator.Validate(null, options).Failures!.ToList();

        Assert.Contains("Worker:BatchSize must be between 1 and 10000 (got 0)", failures);
        Assert.Contains("Worker:SettleTime must be between 00:00:00 and 01:00:00 (got 2.00:00:00)", failures);
        Assert.Contains(failures, failure => failure.StartsWith("Worker:WorkerId must be", StringComparison.Ordinal) && failure.EndsWith("(got \"a/b\")", StringComparison.Ordinal));
        Assert.Contains("Worker:Store must be a path (got an empty value)", failures);
        Assert.Equal(4, failures.Count);
    }

    [Theory]
    [InlineData("vm-7089.local-1234")]
    [InlineData("worker_2")]
    public void A_default_style_worker_id_is_valid(string id) =>
        Assert.True(_validator.Validate(null, new WorkerOptions { WorkerId = id }).Succeeded);
}
