<?php
/**
 * Settings → Levels of care: what is center-wide — the levels the center offers, the ASAM edition, its phone and
 * intake link, its own hours, typical length, insurance and notes per level. Saved through the Settings API (manage_options, nonce) as the CareConfig
 * JSON the elements read, after the same checks the elements make.
 *
 * @package CareLevelWidgets
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/** Level id => its name on the settings page. */
function care_level_widgets_level_names() {
	return array(
		'inpatient'  => __( 'Inpatient (residential)', 'care-level-widgets' ),
		'php'        => __( 'Partial hospitalization (PHP)', 'care-level-widgets' ),
		'iop'        => __( 'Intensive outpatient (IOP)', 'care-level-widgets' ),
		'outpatient' => __( 'Outpatient', 'care-level-widgets' ),
	);
}

/** Registers the option with its sanitize callback (on init, so every way of saving it is checked). */
function care_level_widgets_register_setting() {
	register_setting(
		'care_level_widgets',
		CARE_LEVEL_WIDGETS_OPTION,
		array(
			'type'              => 'string',
			'description'       => 'The center configuration (CareConfig JSON) the care-level widgets read.',
			'sanitize_callback' => 'care_level_widgets_sanitize_settings',
			'default'           => '',
			'show_in_rest'      => false,
		)
	);
}
add_action( 'init', 'care_level_widgets_register_setting' );

/** Adds Settings → Levels of care, for administrators only. */
function care_level_widgets_settings_menu() {
	add_options_page(
		__( 'Levels of care', 'care-level-widgets' ),
		__( 'Levels of care', 'care-level-widgets' ),
		'manage_options',
		'care-level-widgets',
		'care_level_widgets_settings_page'
	);
}
add_action( 'admin_menu', 'care_level_widgets_settings_menu' );

/**
 * Builds the configuration from the settings form (or takes JSON saved from code), checks it and returns the JSON to
 * store. When it has mistakes, each is reported on the settings page and the saved configuration stays as it was.
 *
 * @param mixed $input The form's fields, or JSON text.
 * @return string The CareConfig JSON to store.
 */
function care_level_widgets_sanitize_settings( $input ) {
	$previous = get_option( CARE_LEVEL_WIDGETS_OPTION, '' );
	if ( is_string( $input ) ) {
		if ( '' === trim( $input ) ) {
			return '';
		}
		$config = json_decode( $input, true );
		if ( null === $config && 'null' !== trim( $input ) ) {
			add_settings_error( CARE_LEVEL_WIDGETS_OPTION, 'care-level-widgets-json', '(root): the configuration is not valid JSON: ' . json_last_error_msg() );
			return is_string( $previous ) ? $previous : '';
		}
		if ( array() === $config && ! is_object( json_decode( $input ) ) ) {
			$config = null; // `[]`, which PHP decodes like `{}`: reported below as not an object.
		}
	} elseif ( is_array( $input ) ) {
		$config = care_level_widgets_config_from_form( $input );
	} else {
		return is_string( $previous ) ? $previous : '';
	}

	$errors = care_level_widgets_validate_config( $config );
	if ( array() !== $errors ) {
		foreach ( $errors as $index => $error ) {
			$field = care_level_widgets_field_name( $error['path'] );
			add_settings_error(
				CARE_LEVEL_WIDGETS_OPTION,
				'care-level-widgets-' . $index,
				( '' === $field ? '' : $field . ' — ' ) . $error['message'] . ' ' . __( 'Nothing was saved.', 'care-level-widgets' )
			);
		}
		return is_string( $previous ) ? $previous : '';
	}
	return wp_json_encode( $config );
}

/**
 * The CareConfigInput the settings form describes. Text is kept as typed (trimmed, tags removed); the checks that
 * follow report what is wrong with it.
 *
 * @param array $input The form's fields.
 * @return array
 */
function care_level_widgets_config_from_form( $input ) {
	$config = array();
	$levels = isset( $input['levels'] ) && is_array( $input['levels'] ) ? array_map( 'strval', $input['levels'] ) : array();
	// The known levels in their usual order; anything else is kept so the check names it.
	$known            = array_values( array_intersect( care_level_widgets_level_ids(), $levels ) );
	$config['levels'] = array_merge( $known, array_values( array_diff( $levels, $known ) ) );

	if ( isset( $input['edition'] ) && in_array( (string) $input['edition'], array( '3', '4' ), true ) ) {
		$config['edition'] = (int) $input['edition'];
	}

	$contact = array();
	foreach ( array( 'phone', 'url', 'label' ) as $key ) {
		$value = isset( $input['contact'][ $key ] ) ? trim( sanitize_text_field( (string) $input['contact'][ $key ] ) ) : '';
		if ( '' !== $value ) {
			$contact[ $key ] = $value;
		}
	}
	if ( array() !== $contact ) {
		$config['contact'] = $contact;
	}

	$programs = array();
	foreach ( care_level_widgets_level_ids() as $level ) {
		$program = array();
		foreach ( array_keys( care_level_widgets_program_fields() ) as $key ) {
			$value = isset( $input['programs'][ $level ][ $key ] ) ? trim( sanitize_textarea_field( (string) $input['programs'][ $level ][ $key ] ) ) : '';
			if ( '' !== $value ) {
				$program[ $key ] = $value;
			}
		}
		if ( array() !== $program ) {
			$programs[ $level ] = $program;
		}
	}
	if ( array() !== $programs ) {
		$config['programs'] = $programs;
	}
	return $config;
}

/** A program's fields on the settings page, in the order the comparison's rows show them: key => label. */
function care_level_widgets_program_fields() {
	return array(
		'hours'     => __( 'Hours', 'care-level-widgets' ),
		'length'    => __( 'Typical length', 'care-level-widgets' ),
		'insurance' => __( 'Insurance', 'care-level-widgets' ),
		'notes'     => __( 'Notes', 'care-level-widgets' ),
	);
}

/** The settings page's name for the field at a configuration path, such as "Phone" for `contact.phone`. */
function care_level_widgets_field_name( $path ) {
	$names = care_level_widgets_level_names();
	if ( 0 === strpos( $path, 'levels' ) ) {
		return __( 'Levels offered', 'care-level-widgets' );
	}
	$fields = array(
		'contact.phone' => __( 'Phone', 'care-level-widgets' ),
		'contact.url'   => __( 'Intake link', 'care-level-widgets' ),
		'contact.label' => __( 'Intake link text', 'care-level-widgets' ),
	);
	if ( isset( $fields[ $path ] ) ) {
		return $fields[ $path ];
	}
	$program_fields = care_level_widgets_program_fields();
	if ( preg_match( '/^programs\.([a-z]+)(?:\.([a-z]+))?/', $path, $match ) && isset( $names[ $match[1] ] ) ) {
		$field = isset( $match[2] ) && isset( $program_fields[ $match[2] ] ) ? $match[2] : 'notes';
		return $names[ $match[1] ] . ', ' . $program_fields[ $field ];
	}
	return '';
}

/** Text from a saved localized value: the plain string, or its English. */
function care_level_widgets_plain_text( $value ) {
	if ( is_string( $value ) ) {
		return $value;
	}
	return is_array( $value ) && isset( $value['en'] ) && is_string( $value['en'] ) ? $value['en'] : '';
}

/** Settings → Levels of care. */
function care_level_widgets_settings_page() {
	if ( ! current_user_can( 'manage_options' ) ) {
		return;
	}
	$config   = care_level_widgets_site_config();
	$offered  = isset( $config['levels'] ) && is_array( $config['levels'] ) ? $config['levels'] : care_level_widgets_level_ids();
	$edition  = isset( $config['edition'] ) ? (int) $config['edition'] : 4;
	$contact  = isset( $config['contact'] ) && is_array( $config['contact'] ) ? $config['contact'] : array();
	$programs = isset( $config['programs'] ) && is_array( $config['programs'] ) ? $config['programs'] : array();
	$option   = CARE_LEVEL_WIDGETS_OPTION;
	$limits   = care_level_widgets_limits();
	?>
	<div class="wrap">
		<h1><?php echo esc_html( get_admin_page_title() ); ?></h1>
		<p><?php esc_html_e( 'What is true for your whole center. Every comparison and questionnaire block and shortcode uses it, unless the block or shortcode sets its own value.', 'care-level-widgets' ); ?></p>
		<form action="options.php" method="post" novalidate>
			<?php settings_fields( 'care_level_widgets' ); ?>
			<table class="form-table" role="presentation">
				<tr>
					<th scope="row"><?php esc_html_e( 'Levels offered', 'care-level-widgets' ); ?></th>
					<td>
						<fieldset>
							<legend class="screen-reader-text"><?php esc_html_e( 'Levels offered', 'care-level-widgets' ); ?></legend>
							<?php foreach ( care_level_widgets_level_names() as $id => $name ) : ?>
								<label>
									<input type="checkbox" name="<?php echo esc_attr( $option ); ?>[levels][]" value="<?php echo esc_attr( $id ); ?>" <?php checked( in_array( $id, $offered, true ) ); ?> />
									<?php echo esc_html( $name ); ?>
								</label><br />
							<?php endforeach; ?>
						</fieldset>
					</td>
				</tr>
				<tr>
					<th scope="row"><label for="care-level-widgets-edition"><?php esc_html_e( 'ASAM level numbers', 'care-level-widgets' ); ?></label></th>
					<td>
						<select id="care-level-widgets-edition" name="<?php echo esc_attr( $option ); ?>[edition]">
							<option value="4" <?php selected( 4, $edition ); ?>><?php esc_html_e( '4th edition of the ASAM Criteria', 'care-level-widgets' ); ?></option>
							<option value="3" <?php selected( 3, $edition ); ?>><?php esc_html_e( '3rd edition of the ASAM Criteria', 'care-level-widgets' ); ?></option>
						</select>
					</td>
				</tr>
				<tr>
					<th scope="row"><label for="care-level-widgets-phone"><?php esc_html_e( 'Phone', 'care-level-widgets' ); ?></label></th>
					<td>
						<input type="tel" class="regular-text" id="care-level-widgets-phone" name="<?php echo esc_attr( $option ); ?>[contact][phone]" maxlength="<?php echo esc_attr( $limits['phoneLength'] ); ?>" value="<?php echo esc_attr( isset( $contact['phone'] ) ? $contact['phone'] : '' ); ?>" aria-describedby="care-level-widgets-phone-help" />
						<p class="description" id="care-level-widgets-phone-help"><?php esc_html_e( 'As people dial it, such as +1-555-0100. The questionnaire’s result offers “Call us”.', 'care-level-widgets' ); ?></p>
					</td>
				</tr>
				<tr>
					<th scope="row"><label for="care-level-widgets-url"><?php esc_html_e( 'Intake link', 'care-level-widgets' ); ?></label></th>
					<td>
						<input type="url" class="regular-text" id="care-level-widgets-url" name="<?php echo esc_attr( $option ); ?>[contact][url]" value="<?php echo esc_attr( isset( $contact['url'] ) ? $contact['url'] : '' ); ?>" aria-describedby="care-level-widgets-url-help" />
						<p class="description" id="care-level-widgets-url-help"><?php esc_html_e( 'An https:, http: or mailto: link, or a path on this site, such as /contact.', 'care-level-widgets' ); ?></p>
					</td>
				</tr>
				<tr>
					<th scope="row"><label for="care-level-widgets-label"><?php esc_html_e( 'Intake link text', 'care-level-widgets' ); ?></label></th>
					<td>
						<input type="text" class="regular-text" id="care-level-widgets-label" name="<?php echo esc_attr( $option ); ?>[contact][label]" maxlength="<?php echo esc_attr( $limits['labelLength'] ); ?>" value="<?php echo esc_attr( care_level_widgets_plain_text( isset( $contact['label'] ) ? $contact['label'] : '' ) ); ?>" />
					</td>
				</tr>
			</table>
			<h2><?php esc_html_e( 'Your programs', 'care-level-widgets' ); ?></h2>
			<p><?php esc_html_e( 'Shown beside the general facts in the comparison, for the levels you offer. Leave empty to say nothing.', 'care-level-widgets' ); ?></p>
			<table class="form-table" role="presentation">
				<?php foreach ( care_level_widgets_level_names() as $id => $name ) : ?>
					<?php $program = isset( $programs[ $id ] ) && is_array( $programs[ $id ] ) ? $programs[ $id ] : array(); ?>
					<tr>
						<th scope="row"><?php echo esc_html( $name ); ?></th>
						<td>
							<?php foreach ( care_level_widgets_program_fields() as $key => $label ) : ?>
								<?php
								$field_id   = 'care-level-widgets-' . $id . '-' . $key;
								$field_name = $option . '[programs][' . $id . '][' . $key . ']';
								$text       = care_level_widgets_plain_text( isset( $program[ $key ] ) ? $program[ $key ] : '' );
								?>
								<p>
									<label for="<?php echo esc_attr( $field_id ); ?>"><?php echo esc_html( $label ); ?></label><br />
									<?php if ( 'notes' === $key ) : ?>
										<textarea class="large-text" rows="2" id="<?php echo esc_attr( $field_id ); ?>" name="<?php echo esc_attr( $field_name ); ?>" maxlength="<?php echo esc_attr( $limits['textLength'] ); ?>"><?php echo esc_textarea( $text ); ?></textarea>
									<?php else : ?>
										<input type="text" class="large-text" id="<?php echo esc_attr( $field_id ); ?>" name="<?php echo esc_attr( $field_name ); ?>" maxlength="<?php echo esc_attr( $limits['textLength'] ); ?>" value="<?php echo esc_attr( $text ); ?>" />
									<?php endif; ?>
								</p>
							<?php endforeach; ?>
						</td>
					</tr>
				<?php endforeach; ?>
			</table>
			<?php submit_button(); ?>
		</form>
		<h2><?php esc_html_e( 'Putting the widgets on a page', 'care-level-widgets' ); ?></h2>
		<p><?php esc_html_e( 'In the block editor, add the “Levels of care comparison”, “Levels of care questionnaire” or “Crisis resources banner” block. In the classic editor, use a shortcode:', 'care-level-widgets' ); ?></p>
		<ul>
			<li><code>[care_comparison highlight="iop"]</code></li>
			<li><code>[care_questionnaire comparison="levels-table"]</code></li>
			<li><code>[care_crisis_banner variant="compact"]</code></li>
			<li><code>[care_term term="iop"]IOP[/care_term]</code></li>
		</ul>
		<p><?php esc_html_e( 'Privacy: the widgets collect and send nothing, and store nothing unless a questionnaire block is set to keep its answers in the visitor’s browser tab.', 'care-level-widgets' ); ?></p>
	</div>
	<?php
}
