"""Order providers: look up a customer's orders by phone in a fulfilment system."""
