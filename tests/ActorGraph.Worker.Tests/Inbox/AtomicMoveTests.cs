using ActorGraph.Worker.Inbox;
using ActorGraph.Worker.Tests.Support;

namespace ActorGraph.Worker.Tests.Inbox;

public sealed class AtomicMoveTests : IDisposable
{
    private readonly Workspace _workspace = new();

    public void Dispose() => _workspace.Dispose();

    [Fact]
    public void A_free_name_is_taken()
    {
        var source = Write("a.txt", "a");
        var destination = Path.Combine(_workspace.Root, "b.txt");

        Assert.Equal(MoveResult.Moved, AtomicMove.TryMove(source, destination));
        Assert.False(File.Exists(source));
        Assert.Equal("a", File.ReadAllText(destination));
    }

    [Fact]
    public void An_existing_file_is_never_replaced()
    {
        var source = Write("a.txt", "a");
        var destination = Write("b.txt", "b");

        Assert.Equal(MoveResult.DestinationExists, AtomicMove.TryMove(source, destination));
        Assert.Equal("a", File.ReadAllText(source));
        Assert.Equal("b", File.ReadAllText(destination));
    }

    [Fact]
    public void A_file_someone_else_moved_first_is_reported_missing()
    {
        Assert.Equal(MoveResult.SourceMissing, AtomicMove.TryMove(Path.Combine(_workspace.Root, "gone.txt"), Path.Combine(_workspace.Root, "b.txt")));
    }

    [Fact]
    public async Task Of_many_workers_racing_for_one_file_exactly_one_gets_it()
    {
        var source = Write("contested.txt", "x");
        var claims = Enumerable.Range(0, 8).Select(i => Directory.CreateDirectory(Path.Combine(_workspace.Root, $"w{i}")).FullName).ToList();

        var results = await Task.WhenAll(claims.Select(folder => Task.Run(() => AtomicMove.TryMove(source, Path.Combine(folder, "contested.txt")))));

        Assert.Single(results, result => result == MoveResult.Moved);
        Assert.Single(claims, folder => File.Exists(Path.Combine(folder, "contested.txt")));
    }

    private string Write(string name, string content)
    {
        var path = Path.Combine(_workspace.Root, name);
        File.WriteAllText(path, content);
        return path;
    }
}
