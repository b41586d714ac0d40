/** The file-locked TOML session store, the storage inspector for doctor and the settings reader. */
module ai.speckitty.auth.adapters.store {
    requires transitive ai.speckitty.auth.application;
    requires org.tomlj;

    exports ai.speckitty.auth.adapters.store;
}
