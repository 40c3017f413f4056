<?php
/**
 * Plugin Name:       Care Level Widgets
 * Description:       Blocks and shortcodes that compare inpatient, PHP, IOP and outpatient care, suggest where to start, and show crisis resources. No data is collected, sent or stored.
 * Version:           __CARE_LEVEL_WIDGETS_VERSION__
 * Requires at least: 6.5
 * Requires PHP:      7.4
 * Author:            care-level-widgets
 * License:           MIT
 * License URI:       https://opensource.org/licenses/MIT
 * Text Domain:       care-level-widgets
 *
 * @package CareLevelWidgets
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/** The npm package's version, written in by the build; it versions the script and stylesheet URLs. */
define( 'CARE_LEVEL_WIDGETS_VERSION', '__CARE_LEVEL_WIDGETS_VERSION__' );
define( 'CARE_LEVEL_WIDGETS_FILE', __FILE__ );
define( 'CARE_LEVEL_WIDGETS_DIR', plugin_dir_path( __FILE__ ) );
/** The option that holds the center's configuration: the CareConfig JSON the elements read. */
define( 'CARE_LEVEL_WIDGETS_OPTION', 'care_level_widgets_config' );

require_once CARE_LEVEL_WIDGETS_DIR . 'includes/config.php';
require_once CARE_LEVEL_WIDGETS_DIR . 'includes/render.php';
require_once CARE_LEVEL_WIDGETS_DIR . 'includes/shortcodes.php';
require_once CARE_LEVEL_WIDGETS_DIR . 'includes/settings.php';

/**
 * Registers the element script and stylesheet (served from this plugin, never a CDN), the editor script and the
 * three blocks. Nothing is enqueued here: a block or shortcode enqueues the assets when it renders, and so does a post
 * with a glossary term (care_level_widgets_enqueue_for_terms).
 */
function care_level_widgets_register() {
	// Translations shipped in languages/ (care-level-widgets-<locale>.mo); the .pot there is what translators start from.
	load_plugin_textdomain( 'care-level-widgets', false, dirname( plugin_basename( CARE_LEVEL_WIDGETS_FILE ) ) . '/languages' );
	wp_register_script(
		'care-level-widgets',
		plugins_url( 'assets/care-level-widgets.js', CARE_LEVEL_WIDGETS_FILE ),
		array(),
		CARE_LEVEL_WIDGETS_VERSION,
		array(
			'in_footer' => true,
			'strategy'  => 'defer',
		)
	);
	wp_register_style(
		'care-level-widgets',
		plugins_url( 'assets/care-level-widgets.css', CARE_LEVEL_WIDGETS_FILE ),
		array(),
		CARE_LEVEL_WIDGETS_VERSION
	);
	wp_register_script(
		'care-level-widgets-editor',
		plugins_url( 'editor/blocks.js', CARE_LEVEL_WIDGETS_FILE ),
		array( 'wp-blocks', 'wp-element', 'wp-block-editor', 'wp-components', 'wp-server-side-render', 'wp-i18n', 'wp-rich-text' ),
		CARE_LEVEL_WIDGETS_VERSION,
		array( 'in_footer' => true )
	);

	wp_set_script_translations( 'care-level-widgets-editor', 'care-level-widgets', CARE_LEVEL_WIDGETS_DIR . 'languages' );

	foreach ( array( 'comparison', 'questionnaire', 'crisis-banner' ) as $block ) {
		register_block_type( CARE_LEVEL_WIDGETS_DIR . 'blocks/' . $block );
	}
}
add_action( 'init', 'care_level_widgets_register' );

/**
 * The editor canvas is an iframe: `enqueue_block_assets` is how a plugin's scripts reach it, so the live preview
 * (ServerSideRender) shows the same element rendered by the same script as the published page.
 */
function care_level_widgets_editor_canvas_assets() {
	if ( is_admin() ) {
		wp_enqueue_script( 'care-level-widgets' );
		wp_enqueue_style( 'care-level-widgets' );
	}
}
add_action( 'enqueue_block_assets', 'care_level_widgets_editor_canvas_assets' );

/**
 * The editor's glossary term format writes `<care-term term="…">` into the post: keep it for authors without the
 * unfiltered_html capability, whose posts kses filters.
 */
function care_level_widgets_allow_term( $tags, $context ) {
	if ( 'post' === $context ) {
		$tags['care-term'] = array(
			'term' => true,
			'lang' => true,
		);
	}
	return $tags;
}
add_filter( 'wp_kses_allowed_html', 'care_level_widgets_allow_term', 10, 2 );

/** A post with a glossary term from the editor needs the element's script, as a block or shortcode does. */
function care_level_widgets_enqueue_for_terms( $content ) {
	if ( is_string( $content ) && false !== strpos( $content, '<care-term' ) ) {
		wp_enqueue_script( 'care-level-widgets' );
		wp_enqueue_style( 'care-level-widgets' );
	}
	return $content;
}
add_filter( 'the_content', 'care_level_widgets_enqueue_for_terms', 20 );
