namespace ActorGraph.Core.Storage;

/// <summary>The store exists but cannot be used: not an ActorGraph store, or written by a newer version.</summary>
public sealed class StoreFormatException : Exception
{
    /// <summary>Creates the exception.</summary>
    public StoreFormatException(string message, Exception? inner = null) : base(message, inner)
    {
    }
}
