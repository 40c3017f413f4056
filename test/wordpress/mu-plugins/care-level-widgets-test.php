<?php
/**
 * Test fixture for test/wordpress/wordpress.test.mjs, mounted as a must-use plugin in WordPress Playground: activates
 * the built plugin, saves the center settings through the plugin's sanitize callback, and creates one page per case
 * (blocks, shortcodes, hostile values), each with a fixed slug the test visits as /?pagename=<slug>.
 *
 * @package CareLevelWidgets
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

const CARE_LEVEL_WIDGETS_TEST_PLUGIN = 'care-level-widgets/care-level-widgets.php';

/** Activates the plugin before WordPress loads plugins, so it runs from the first request on. */
add_action(
	'muplugins_loaded',
	function () {
		$active = (array) get_option( 'active_plugins', array() );
		if ( ! in_array( CARE_LEVEL_WIDGETS_TEST_PLUGIN, $active, true ) ) {
			$active[] = CARE_LEVEL_WIDGETS_TEST_PLUGIN;
			update_option( 'active_plugins', $active );
		}
	}
);

/** The theme's emoji detection may fetch images from s.w.org; the test site makes no request off the site. */
remove_action( 'wp_head', 'print_emoji_detection_script', 7 );
remove_action( 'admin_print_scripts', 'print_emoji_detection_script' );

/** Gravatar is off the site and unreachable offline: no avatars in the admin bar. */
add_filter( 'pre_option_show_avatars', '__return_zero' );

/** A block's comment markup with its attributes, as the editor saves it. */
function care_level_widgets_test_block( $name, $attributes ) {
	return serialize_block(
		array(
			'blockName'    => 'care-level-widgets/' . $name,
			'attrs'        => $attributes,
			'innerBlocks'  => array(),
			'innerHTML'    => '',
			'innerContent' => array(),
		)
	);
}

add_action(
	'init',
	function () {
		if ( '11' === get_option( 'care_level_widgets_test_ready' ) ) {
			return;
		}
		// The pages hold hostile values on purpose: store them as an administrator with unfiltered_html would.
		$kses = false !== has_filter( 'content_save_pre', 'wp_filter_post_kses' );
		kses_remove_filters();

		// Saved through the plugin's sanitize callback, as code would save it: with what the settings form does not show
		// (extra rows, a program's own phone and link) and text in two languages, which the form must keep.
		update_option( 'care_level_widgets_config', (string) file_get_contents( __DIR__ . '/site-config.json' ) );

		$hostile = '"><script>window.__clwPwned=1</script>';
		$pages   = array(
			'clw-blocks'           => implode(
				"\n",
				array(
					care_level_widgets_test_block( 'crisis-banner', array( 'variant' => 'compact' ) ),
					care_level_widgets_test_block(
						'comparison',
						array(
							'highlight'    => 'iop',
							'elementId'    => 'levels-table',
							'headingLevel' => '2',
							'layout'       => 'cards',
						)
					),
					care_level_widgets_test_block( 'questionnaire', array( 'comparison' => 'levels-table' ) ),
				)
			),
			'clw-banner-only'      => care_level_widgets_test_block( 'crisis-banner', array( 'variant' => 'compact' ) ),
			'clw-blocks-overrides' => implode(
				"\n",
				array(
					care_level_widgets_test_block(
						'crisis-banner',
						array(
							'variant'      => 'full',
							'lang'         => 'es',
							'headingLevel' => '2',
						)
					),
					care_level_widgets_test_block(
						'comparison',
						array(
							'levels'    => 'inpatient php',
							'rows'      => 'sleeps hours',
							'highlight' => 'php',
							'edition'   => '4',
							'lang'      => 'es',
							'layout'    => 'table',
						)
					),
					care_level_widgets_test_block(
						'questionnaire',
						array(
							'phone'        => '+1-555-0199',
							'ctaHref'      => 'https://example.org/book',
							'ctaLabel'     => 'Book a call',
							'offered'      => 'iop outpatient',
							'lang'         => 'es',
							'headingLevel' => '2',
							'persist'      => 'session',
						)
					),
				)
			),
			'clw-shortcodes'       => implode(
				"\n\n",
				array(
					'[care_crisis_banner variant="compact"]',
					'<h2>Levels of care</h2>',
					'[care_comparison highlight="iop" id="levels-table" heading_level="3"]',
					'[care_questionnaire phone="+1-555-0199" cta_href="/book" cta_label="Book a call" offered="iop outpatient" comparison="levels-table" persist="session"]',
					'Our [care_term term="iop"]IOP[/care_term] meets three evenings a week.',
				)
			),
			'clw-hostile-blocks'   => implode(
				"\n",
				array(
					care_level_widgets_test_block(
						'crisis-banner',
						array(
							'variant'      => $hostile,
							'headingLevel' => '7" onclick="window.__clwPwned=2',
							'lang'         => '"><script>window.__clwPwned=3</script>',
						)
					),
					care_level_widgets_test_block(
						'comparison',
						array(
							'highlight' => $hostile,
							'levels'    => 'detox iop',
							'elementId' => 'x" onmouseover="window.__clwPwned=4',
						)
					),
					care_level_widgets_test_block(
						'questionnaire',
						array(
							'ctaHref'  => 'javascript:window.__clwPwned=5',
							'ctaLabel' => '<img src=x onerror="window.__clwPwned=6">',
							'phone'    => '"><svg onload="window.__clwPwned=7">',
							'persist'  => 'local" onclick="window.__clwPwned=13',
						)
					),
				)
			),
			// A glossary term marked in the editor (the plugin's format), saved through kses as an author's post is.
			'clw-term-format'      => wp_kses_post( "<!-- wp:paragraph -->\n<p>Our <care-term term=\"iop\">IOP</care-term> meets three evenings a week.</p>\n<!-- /wp:paragraph -->" ),
			// Shortcode attributes holding < or > are mangled by WordPress itself (wptexturize curls their quotes), so the
			// hostile JSON below writes its </script> as \\u003c, which the shortcode parser unescapes to \u003c and JSON to <.
			'clw-hostile-shortcodes' => implode(
				"\n\n",
				array(
					<<<'SHORTCODES'
[care_comparison id="broken-json" config='{"edition": 3,']

[care_comparison id="script-in-json" highlight='" onfocus="window.__clwPwned=8' config='{"programs": {"iop": {"notes": "Evenings \\u003c/script\\u003e\\u003cscript\\u003ewindow.__clwPwned=9\\u003c/script\\u003e"}}}']

[care_questionnaire cta_href="javascript:window.__clwPwned=10" cta_label='"><script>window.__clwPwned=11</script>' persist="local"]

[care_crisis_banner variant='" onmouseover="window.__clwPwned=12']

Our [care_term term='"><script>window.__clwPwned=13</script>']<script>window.__clwPwned=14</script>IOP[/care_term] meets often.
SHORTCODES
				)
			),
		);
		foreach ( $pages as $slug => $content ) {
			$existing = get_page_by_path( $slug );
			$postarr  = array(
				'post_type'    => 'page',
				'post_status'  => 'publish',
				'post_name'    => $slug,
				'post_title'   => ucwords( str_replace( '-', ' ', $slug ) ),
				'post_content' => $content,
			);
			if ( $existing ) {
				$postarr['ID'] = $existing->ID;
			}
			wp_insert_post( wp_slash( $postarr ) );
		}
		// The editor opens without its welcome guide (whose pictures come from s.w.org) or the starter patterns, for the
		// admin Playground signs in.
		update_user_meta(
			1,
			$GLOBALS['wpdb']->get_blog_prefix() . 'persisted_preferences',
			array(
				'core/edit-post' => array( 'welcomeGuide' => false ),
				'core'           => array(
					'welcomeGuide'             => false,
					'enableChoosePatternModal' => false,
				),
				'_modified'      => gmdate( 'c' ),
			)
		);
		update_option( 'care_level_widgets_test_ready', '11' );
		if ( $kses ) {
			kses_init_filters();
		}
	},
	20
);

/**
 * /?clw_test_uninstall=1 (administrators only) runs the plugin's uninstall.php as WordPress does when the plugin is
 * deleted, and answers whether its option is left. The test calls it last.
 */
add_action(
	'init',
	function () {
		if ( ! isset( $_GET['clw_test_uninstall'] ) || ! current_user_can( 'manage_options' ) ) { // phpcs:ignore WordPress.Security.NonceVerification.Recommended -- test fixture.
			return;
		}
		$before = get_option( 'care_level_widgets_config', null );
		define( 'WP_UNINSTALL_PLUGIN', CARE_LEVEL_WIDGETS_TEST_PLUGIN );
		include WP_PLUGIN_DIR . '/care-level-widgets/uninstall.php';
		wp_cache_delete( 'care_level_widgets_config', 'options' );
		wp_send_json(
			array(
				'before' => $before,
				'after'  => get_option( 'care_level_widgets_config', null ),
			)
		);
	},
	30
);

/** /?clw_test_option=1 (administrators only) answers the saved configuration exactly as stored. */
add_action(
	'init',
	function () {
		if ( ! isset( $_GET['clw_test_option'] ) || ! current_user_can( 'manage_options' ) ) { // phpcs:ignore WordPress.Security.NonceVerification.Recommended -- test fixture.
			return;
		}
		wp_send_json( array( 'option' => get_option( 'care_level_widgets_config', null ) ) );
	},
	30
);
