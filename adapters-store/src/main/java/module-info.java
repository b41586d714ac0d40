/** The file-locked TOML session store and the config.toml reader. */
module ai.speckitty.auth.adapters.store {
    requires ai.speckitty.auth.application;
    requires org.tomlj;

}
