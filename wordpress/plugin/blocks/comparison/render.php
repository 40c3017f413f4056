<?php
/**
 * Server rendering of the comparison block: the <care-comparison> element, every value escaped.
 *
 * @package CareLevelWidgets
 * @var array $attributes The block's attributes.
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

echo care_level_widgets_render_block( 'comparison', $attributes ); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- every attribute and the JSON are escaped in care_level_widgets_element().
