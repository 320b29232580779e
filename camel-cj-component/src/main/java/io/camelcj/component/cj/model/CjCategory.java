package io.camelcj.component.cj.model;

import java.util.List;

/**
 * A first-level category of product/getCategory, with its second and third levels.
 * Unknown fields are kept in {@link #other()}.
 */
public final class CjCategory extends CjModel {

    private String categoryFirstId;
    private String categoryFirstName;
    private List<Second> categoryFirstList;

    public String getCategoryFirstId() {
        return categoryFirstId;
    }

    public String getCategoryFirstName() {
        return categoryFirstName;
    }

    public List<Second> getCategoryFirstList() {
        return categoryFirstList;
    }

    /** A second-level category. */
    public static final class Second extends CjModel {
        private String categorySecondId;
        private String categorySecondName;
        private List<Leaf> categorySecondList;

        public String getCategorySecondId() {
            return categorySecondId;
        }

        public String getCategorySecondName() {
            return categorySecondName;
        }

        public List<Leaf> getCategorySecondList() {
            return categorySecondList;
        }
    }

    /** A third-level category: the level products belong to. */
    public static final class Leaf extends CjModel {
        private String categoryId;
        private String categoryName;

        public String getCategoryId() {
            return categoryId;
        }

        public String getCategoryName() {
            return categoryName;
        }
    }
}
