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
	// get_sites() returns 100 sites unless told otherwise: walk the network a page at a time.
	$care_level_widgets_page_size = 100;
	for ( $care_level_widgets_offset = 0; ; $care_level_widgets_offset += $care_level_widgets_page_size ) {
		$care_level_widgets_site_ids = get_sites(
			array(
				'fields' => 'ids',
				'number' => $care_level_widgets_page_size,
				'offset' => $care_level_widgets_offset,
			)
		);
		foreach ( $care_level_widgets_site_ids as $care_level_widgets_site_id ) {
			switch_to_blog( $care_level_widgets_site_id );
			delete_option( 'care_level_widgets_config' );
			restore_current_blog();
		}
		if ( count( $care_level_widgets_site_ids ) < $care_level_widgets_page_size ) {
			break;
		}
	}
}
