package io.camelcj.routes.catalogue;

import java.util.List;

/** Where the sync's records go. {@link #publish} returns only once every record is acknowledged, else it throws. */
public interface CatalogueSink {

    void publish(List<OutboundRecord> records);
}
