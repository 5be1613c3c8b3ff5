namespace ActorGraph.Core.Storage;

/// <summary>A store that can be read and written; disposing it releases its file or connection.</summary>
public interface IGraphStore : IGraphReader, IGraphWriter, IAsyncDisposable
{
}
