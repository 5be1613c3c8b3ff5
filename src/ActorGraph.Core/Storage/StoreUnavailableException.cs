namespace ActorGraph.Core.Storage;

/// <summary>The store cannot be reached or written right now (locked, full, read-only, server down); the same call may succeed later.</summary>
public sealed class StoreUnavailableException : Exception
{
    /// <summary>Creates the exception.</summary>
    public StoreUnavailableException(string message, Exception? inner = null, StoreFault fault = StoreFault.Unavailable) : base(message, inner)
    {
        Fault = fault;
    }

    /// <summary>What is wrong with the store.</summary>
    public StoreFault Fault { get; }
}
