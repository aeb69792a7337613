"""Client side of sync: reads this PC's event log, pushes it to a tutor-hub, pulls learners back.

Modules: protocol (wire format shared with tutor.hub), outbox (which local events to send),
state (hub url, token, acknowledgements kept in the meta table), transport (HTTP),
engine (one sync round), apply (pulled events into the local store), bundle (USB files),
identity (a copied or restored database gets a new device id), background (a round or an
enrollment on its own connection, for the app), status (what the status line shows),
usb (where removable media are), schedule (retry delays), folds (what a pull brings for the layers above),
discovery (hubs on the classroom network).
"""
