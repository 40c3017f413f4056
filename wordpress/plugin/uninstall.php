<?php
/**
 * Runs when the plugin is deleted from Plugins → Installed Plugins: removes the one option it stores (the center's
 * configuration), on every site of a network.
 *
 * @package CareLevelWidgets
 */

if ( ! defined( 'WP_UNINSTALL_PLUGIN' ) ) {
	exit;
}

delete_option( 'care_level_widgets_config' );

if ( is_multisite() ) {
	foreach ( get_sites( array( 'fields' => 'ids' ) ) as $care_level_widgets_site_id ) {
		switch_to_blog( $care_level_widgets_site_id );
		delete_option( 'care_level_widgets_config' );
		restore_current_blog();
	}
}
